// SPDX-License-Identifier: MIT
// Time from process start to the first painted main window ("window shown") and to step 1
// filled in from the licensing service ("machine page ready", read off the UI thread after the
// paint): activation-desk against an empty Qt Widgets window (startup_baseline), alternating
// runs, medians and their ratio.
//
//   build/tests/gui/startup_benchmark [runs]      (default 15; QT_QPA_PLATFORM defaults to offscreen)
//
// activation-desk starts on a simulated machine made once, before timing, in a temporary
// directory, so the numbers are for an ordinary start, not the very first one.
// Both wall-clock time and CPU time (user + system, from getrusage) are reported: on a busy
// shared machine the CPU time is the steadier of the two.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>
#include <vector>

namespace {

struct Sample
{
    qint64 wallUs = -1;
    qint64 cpuUs = -1;
};

qint64 childrenCpuUs()
{
    rusage r{};
    getrusage(RUSAGE_CHILDREN, &r);
    return (r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1000000LL + r.ru_utime.tv_usec + r.ru_stime.tv_usec;
}

Sample runOnce(const QString& program, const QStringList& args, QProcessEnvironment env,
               const QString& until = QStringLiteral("measure"))
{
    QProcess p;
    env.insert(QStringLiteral("ACTDESK_QUIT_AFTER_SHOW"), until);
    p.setProcessEnvironment(env);
    const qint64 cpuBefore = childrenCpuUs();
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    const qint64 wall = timer.nsecsElapsed() / 1000;
    return {wall, childrenCpuUs() - cpuBefore}; // the child has been reaped: its CPU time is counted
}

double median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n % 2 ? double(v[n / 2]) : (double(v[n / 2 - 1]) + double(v[n / 2])) / 2.0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList guiArgs{QStringLiteral("--state"), home.filePath(QStringLiteral("state"))};

    // Warm-up: creates the simulated machine and fills the file cache for both programs.
    if (runOnce(QStringLiteral(ACTDESK_GUI), guiArgs, env).wallUs < 0 ||
        runOnce(QStringLiteral(ACTDESK_BASELINE), {}, env).wallUs < 0) {
        out << "startup_benchmark: a program failed to start\n";
        return 1;
    }
    const QStringList oneLabel{QStringLiteral("--one-label")};
    std::vector<qint64> guiWall, guiCpu, baseWall, baseCpu, labelWall, labelCpu, readyWall, readyCpu;
    for (int i = 0; i < runs; ++i) {
        const Sample b = runOnce(QStringLiteral(ACTDESK_BASELINE), {}, env);
        const Sample g = runOnce(QStringLiteral(ACTDESK_GUI), guiArgs, env);
        const Sample l = runOnce(QStringLiteral(ACTDESK_BASELINE), oneLabel, env);
        const Sample r = runOnce(QStringLiteral(ACTDESK_GUI), guiArgs, env, QStringLiteral("measure-machine"));
        if (g.wallUs < 0 || b.wallUs < 0 || l.wallUs < 0 || r.wallUs < 0) {
            out << "startup_benchmark: a run failed\n";
            return 1;
        }
        baseWall.push_back(b.wallUs);
        baseCpu.push_back(b.cpuUs);
        guiWall.push_back(g.wallUs);
        guiCpu.push_back(g.cpuUs);
        labelWall.push_back(l.wallUs);
        labelCpu.push_back(l.cpuUs);
        readyWall.push_back(r.wallUs);
        readyCpu.push_back(r.cpuUs);
    }
    const double rw = median(readyWall) / 1000.0, rc = median(readyCpu) / 1000.0;
    const double gw = median(guiWall) / 1000.0, bw = median(baseWall) / 1000.0;
    const double gc = median(guiCpu) / 1000.0, bc = median(baseCpu) / 1000.0;
    const double lw = median(labelWall) / 1000.0, lc = median(labelCpu) / 1000.0;
    out << QStringLiteral("platform:         %1, %2 runs each, alternating (medians)\n")
               .arg(env.value(QStringLiteral("QT_QPA_PLATFORM")))
               .arg(runs);
    out << QStringLiteral("                  wall clock   CPU (user+sys)\n");
    out << QStringLiteral("empty Qt window:  %1 ms   %2 ms\n").arg(bw, 8, 'f', 1).arg(bc, 8, 'f', 1);
    out << QStringLiteral("one-label window: %1 ms   %2 ms\n").arg(lw, 8, 'f', 1).arg(lc, 8, 'f', 1);
    out << QStringLiteral("activation-desk, window shown:       %1 ms   %2 ms\n").arg(gw, 8, 'f', 1).arg(gc, 8, 'f', 1);
    out << QStringLiteral("ratio:            %1      %2       (target: 1.5 or less)\n")
               .arg(gw / bw, 8, 'f', 2)
               .arg(gc / bc, 8, 'f', 2);
    out << QStringLiteral("activation-desk, machine page ready: %1 ms   %2 ms\n").arg(rw, 8, 'f', 1).arg(rc, 8, 'f', 1);
    out << QStringLiteral("ratio:            %1      %2\n").arg(rw / bw, 8, 'f', 2).arg(rc / bc, 8, 'f', 2);
    out << QStringLiteral("one label alone:  %1      %2       (the floor for any window with text)\n")
               .arg(lw / bw, 8, 'f', 2)
               .arg(lc / bc, 8, 'f', 2);
    return 0;
}
