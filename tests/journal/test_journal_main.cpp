// SPDX-License-Identifier: MIT
// journal_tests --backend sqlite|pg [QtTest options]
// The same suite (store behaviour, CLI journaling) against one backend, plus what only that
// backend can do wrong. ctest registers it twice: journal_sqlite and journal_pg (label pg).
#include "JournalCliTest.h"
#include "JournalStoreTest.h"
#include "JournalTestBackend.h"
#include "PostgresJournalTest.h"
#include "SqliteJournalTest.h"

#include <QCoreApplication>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

int main(int argc, char* argv[])
{
    using actdesk::test::JournalTestBackend;
    std::vector<char*> args;
    const char* backendName = nullptr;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--backend") == 0 && i + 1 < argc) {
            backendName = argv[++i];
            continue;
        }
        args.push_back(argv[i]);
    }
    if (!backendName || (std::strcmp(backendName, "sqlite") != 0 && std::strcmp(backendName, "pg") != 0)) {
        std::fprintf(stderr, "usage: journal_tests --backend sqlite|pg [QtTest options]\n");
        return 2;
    }
    int qtArgc = int(args.size());
    QCoreApplication app(qtArgc, args.data());

    JournalTestBackend backend(std::strcmp(backendName, "pg") == 0 ? JournalTestBackend::Kind::Postgres
                                                                  : JournalTestBackend::Kind::Sqlite);
    QString why;
    if (!backend.prepare(why)) {
        std::fprintf(stderr, "FAIL!  : journal_tests --backend %s cannot run: %s\n", backendName, qPrintable(why));
        return 1;
    }

    std::vector<std::unique_ptr<QObject>> suites;
    suites.push_back(std::make_unique<JournalStoreTest>(backend));
    suites.push_back(std::make_unique<JournalCliTest>(backend));
    if (backend.isSqlite())
        suites.push_back(std::make_unique<SqliteJournalTest>(backend));
    else
        suites.push_back(std::make_unique<PostgresJournalTest>(backend));

    int failures = 0;
    for (auto& suite : suites)
        failures += QTest::qExec(suite.get(), qtArgc, args.data());
    return failures == 0 ? 0 : 1;
}
