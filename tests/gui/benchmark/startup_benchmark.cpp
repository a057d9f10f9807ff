// SPDX-License-Identifier: MIT
// Time from process start to the first painted main window: activation-desk against an empty
// Qt Widgets window (startup_baseline), alternating runs, medians and their ratio.
//
//   build/tests/gui/startup_benchmark [runs]      (default 15; QT_QPA_PLATFORM defaults to offscreen)
//
// activation-desk starts on a simulated machine made once, before timing, in a temporary
// directory, so the numbers are for an ordinary start, not the very first one.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

qint64 runOnce(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1000; // microseconds
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
    env.insert(QStringLiteral("ACTDESK_QUIT_AFTER_SHOW"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList guiArgs{QStringLiteral("--state"), home.filePath(QStringLiteral("state"))};

    // Warm-up: creates the simulated machine and fills the file cache for both programs.
    if (runOnce(QStringLiteral(ACTDESK_GUI), guiArgs, env) < 0 ||
        runOnce(QStringLiteral(ACTDESK_BASELINE), {}, env) < 0) {
        out << "startup_benchmark: a program failed to start\n";
        return 1;
    }
    std::vector<qint64> gui, baseline;
    for (int i = 0; i < runs; ++i) {
        baseline.push_back(runOnce(QStringLiteral(ACTDESK_BASELINE), {}, env));
        gui.push_back(runOnce(QStringLiteral(ACTDESK_GUI), guiArgs, env));
        if (gui.back() < 0 || baseline.back() < 0) {
            out << "startup_benchmark: a run failed\n";
            return 1;
        }
    }
    const double g = median(gui) / 1000.0;
    const double b = median(baseline) / 1000.0;
    out << QStringLiteral("platform:            %1\n").arg(env.value(QStringLiteral("QT_QPA_PLATFORM")));
    out << QStringLiteral("runs:                %1 each, alternating\n").arg(runs);
    out << QStringLiteral("empty Qt window:     %1 ms (median)\n").arg(b, 0, 'f', 1);
    out << QStringLiteral("activation-desk:     %1 ms (median)\n").arg(g, 0, 'f', 1);
    out << QStringLiteral("ratio:               %1 (target: 1.5 or less)\n").arg(g / b, 0, 'f', 2);
    return 0;
}
