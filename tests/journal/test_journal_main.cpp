// SPDX-License-Identifier: MIT
// journal_tests --backend sqlite|pg [QtTest options]
// The same suite (store behaviour, CLI journaling) against one backend, plus what only that
// backend can do wrong. ctest registers it twice: journal_sqlite and journal_pg (label pg).
#include "JournalCliTest.h"
#include "JournalStoreTest.h"
#include "JournalTestBackend.h"
#include "PostgresJournalTest.h"
#include "SqliteJournalTest.h"
#include "SqliteWalTest.h"

#include <QCoreApplication>
#include <QTest>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

int main(int argc, char* argv[])
{
    using actdesk::test::JournalTestBackend;
    auto args = actdesk::test::takeBackendArgument(argc, argv, "journal_tests");
    if (!args)
        return 2;
    int qtArgc = args->qtArgc();
    QCoreApplication app(qtArgc, args->qtArgs.data());

    JournalTestBackend backend(args->kind);
    QString why;
    if (!backend.prepare(why)) {
        std::fprintf(stderr, "FAIL!  : journal_tests --backend %s cannot run: %s\n",
                     qPrintable(backend.name()), qPrintable(why));
        return 1;
    }

    std::vector<std::unique_ptr<QObject>> suites;
    suites.push_back(std::make_unique<JournalStoreTest>(backend));
    suites.push_back(std::make_unique<JournalCliTest>(backend));
    if (backend.isSqlite()) {
        suites.push_back(std::make_unique<SqliteJournalTest>(backend));
        suites.push_back(std::make_unique<SqliteWalTest>(backend));
    } else
        suites.push_back(std::make_unique<PostgresJournalTest>(backend));

    int failures = 0;
    for (auto& suite : suites)
        failures += QTest::qExec(suite.get(), qtArgc, args->qtArgs.data());
    return failures == 0 ? 0 : 1;
}
