// SPDX-License-Identifier: MIT
// Test helper: one "desk" writing to a journal while another does the same.
//   journal_writer URL TAG COUNT GOFILE [abandon]
// Opens the journal, waits until GOFILE exists (so both writers start together), then
// records COUNT entries (machine TAG, detail "TAG:n"), one transaction each.
// Exit 0 when every entry was recorded; 1 with the error on stderr otherwise.
// With "abandon" the process ends right after the last step as if it had crashed: no
// destructor runs, so the journal is never closed and background work is cut off.
#include "common/Clock.h"
#include "journal/SqlJournal.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace actdesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool abandon = args.size() == 6 && args.at(5) == QLatin1String("abandon");
    if (args.size() != 5 && !abandon) {
        std::fprintf(stderr, "usage: journal_writer URL TAG COUNT GOFILE [abandon]\n");
        return 2;
    }
    auto location = journal::JournalLocation::parse(args.at(1));
    if (!location) {
        std::fprintf(stderr, "bad location: %s\n", location.error().detail.c_str());
        return 2;
    }
    SystemClock clock;
    auto opened = journal::SqlJournal::open(location.value(), clock, QStringLiteral("test"));
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", opened.error().detail.c_str());
        return 1;
    }
    auto& journal = *opened.value();
    for (int waited = 0; !QFileInfo::exists(args.at(4)); waited += 5) {
        if (waited > 60000) {
            std::fprintf(stderr, "no go file\n");
            return 1;
        }
        QThread::msleep(5);
    }
    const std::string tag = args.at(2).toStdString();
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        workflow::JournalEntry e;
        e.event.step = workflow::Step::ConfirmationId;
        e.event.machineName = tag;
        e.event.detail = tag + ":" + std::to_string(i);
        e.event.installationId = std::to_string(100000 + i);
        e.event.at = clock.nowUtc();
        e.author = {"writer", workflow::JournalRole::Desk, "test"};
        auto recorded = journal.record(e);
        if (!recorded) {
            std::fprintf(stderr, "record %d failed: %s\n", i, recorded.error().detail.c_str());
            return 1;
        }
    }
    if (abandon) {
        std::fflush(nullptr);
        std::_Exit(0);
    }
    return 0;
}
