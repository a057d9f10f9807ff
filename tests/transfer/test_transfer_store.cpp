// SPDX-License-Identifier: MIT
// Transfer files on disk: atomic writes, a read-only stick, a stick pulled mid-write, the
// file replaced while the desk saves, the lock that makes writers take turns, and bounded
// reads of huge files.
#include "FileTestSupport.h"
#include "TestSupport.h"
#include "TransferTestSupport.h"
#include "transfer/DeskAnswers.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferMerge.h"
#include "transfer/TransferStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>
#include <cstdlib>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace actdesk;
using namespace actdesk::transfer;

namespace {

TransferFile sampleFile(int items)
{
    TransferFile file;
    for (int i = 0; i < items; ++i)
        file.items.push_back(
            test::request("PC-" + std::to_string(i), test::kWin7Y1, static_cast<std::uint64_t>(i) + 1));
    return file;
}

} // namespace

TEST(TransferStore, SavesAndLoads)
{
    test::TempDir dir;
    const auto path = test::qpath(dir.path() / "stick.adtx");
    const auto file = sampleFile(3);
    ASSERT_TRUE(saveTransferFile(path, file, DiskVersion{}).ok());
    auto loaded = loadTransferFile(path);
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->file.items.size(), 3u);
    EXPECT_TRUE(loaded->file.items[2] == file.items[2]);
    EXPECT_TRUE(loaded->version.exists);
    EXPECT_EQ(loaded->version.content, test::readAll(dir.path() / "stick.adtx"));
}

TEST(TransferStore, MissingFile)
{
    test::TempDir dir;
    const auto path = test::qpath(dir.path() / "none.adtx");
    auto loaded = loadTransferFile(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().kind, TransferError::Kind::NotFound);
    auto empty = loadTransferFile(path, /*missingIsEmpty=*/true);
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->file.items.empty());
    EXPECT_FALSE(empty->version.exists);
}

TEST(TransferStore, ReadOnlyStickGivesAClearErrorAndLosesNothing)
{
    test::TempDir dir;
    const auto stick = dir.path() / "stick";
    std::filesystem::create_directories(stick);
    const auto path = test::qpath(stick / "requests.adtx");
    ASSERT_TRUE(saveTransferFile(path, sampleFile(2), DiskVersion{}).ok());
    const QByteArray before = test::readAll(stick / "requests.adtx");

    test::ReadOnlyFolder readOnly(stick);
    ASSERT_TRUE(readOnly.reallyReadOnly()) << "the test could not make the folder read-only";
    // Reading still works.
    auto loaded = loadTransferFile(path);
    ASSERT_TRUE(loaded.ok());
    auto changed = loaded->file;
    changed.items.push_back(test::request("PC-NEW", test::kWin7Y1, 99));
    auto saved = saveTransferFile(path, changed, loaded->version);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, TransferError::Kind::NotWritable);
    EXPECT_EQ(saved.error().path, path.toStdString());
    EXPECT_FALSE(saved.error().detail.empty()) << "the system's reason is kept for the message";
    EXPECT_EQ(test::readAll(stick / "requests.adtx"), before);
    EXPECT_EQ(test::filesIn(stick), std::vector<std::string>{"requests.adtx"});

    // A change that changes nothing writes nothing, so it succeeds even there.
    auto unchanged = updateTransferFile(
        path, [](TransferFile&) -> Result<bool, TransferError> { return false; }, false);
    ASSERT_TRUE(unchanged.ok());
    EXPECT_FALSE(unchanged.value());
}

TEST(TransferStore, StickPulledMidWriteLeavesThePreviousFileIntact)
{
    test::TempDir dir;
    const auto file = dir.path() / "requests.adtx";
    const auto path = test::qpath(file);
    ASSERT_TRUE(saveTransferFile(path, sampleFile(2), DiskVersion{}).ok());
    const QByteArray before = test::readAll(file);
    ASSERT_LT(before.size(), 16 * 1024);

    auto loaded = loadTransferFile(path);
    ASSERT_TRUE(loaded.ok());
    const auto bigger = sampleFile(500); // about 400 KB
    Result<void, TransferError> saved = fail(TransferError{});
    {
        test::FileSizeLimit limit(64 * 1024); // the write dies after 64 KB
        saved = saveTransferFile(path, bigger, loaded->version);
    }
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, TransferError::Kind::WriteFailed);
    EXPECT_EQ(test::readAll(file), before) << "the previous file must be untouched";
    EXPECT_EQ(test::filesIn(dir.path()), std::vector<std::string>{"requests.adtx"})
        << "no temporary file left behind";
    auto still = loadTransferFile(path);
    ASSERT_TRUE(still.ok());
    EXPECT_EQ(still->file.items.size(), 2u);

    // Once the stick is back, the same save works.
    ASSERT_TRUE(saveTransferFile(path, bigger, loaded->version).ok());
    EXPECT_EQ(loadTransferFile(path)->file.items.size(), 500u);
}

TEST(TransferStore, RefusesToOverwriteAFileReplacedWhileSaving)
{
    test::TempDir dir;
    const auto file = dir.path() / "requests.adtx";
    const auto path = test::qpath(file);
    ASSERT_TRUE(saveTransferFile(path, sampleFile(1), DiskVersion{}).ok());
    auto loaded = loadTransferFile(path);
    ASSERT_TRUE(loaded.ok());

    // Another machine saves its request while this one is writing.
    TransferFile theirs = sampleFile(1);
    theirs.items.push_back(test::request("PC-OTHER", test::kWin7Y2, 77));
    const QByteArray theirBytes = serializeTransferFile(theirs);
    SaveHooks hooks;
    hooks.beforeCommit = [&] { ASSERT_TRUE(writeAtomically(path, theirBytes).ok()); };

    auto mine = loaded->file;
    mine.items.push_back(test::request("PC-MINE", test::kWin7Y3, 78));
    auto saved = saveTransferFile(path, mine, loaded->version, hooks);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, TransferError::Kind::ConcurrentChange);
    EXPECT_EQ(test::readAll(file), theirBytes) << "their save must survive";
    EXPECT_EQ(test::filesIn(dir.path()), std::vector<std::string>{"requests.adtx"});
}

TEST(TransferStore, DeskSavingWhileTheFileIsReplacedKeepsBothChanges)
{
    test::TempDir dir;
    const auto path = test::qpath(dir.path() / "requests.adtx");
    const auto first = sampleFile(1);
    ASSERT_TRUE(saveTransferFile(path, first, DiskVersion{}).ok());
    const std::string itemId = first.items.front().id;

    // While the desk saves its answer, a machine appends a request to the same file.
    bool replaced = false;
    SaveHooks hooks;
    hooks.beforeCommit = [&] {
        if (replaced)
            return;
        replaced = true;
        auto now = loadTransferFile(path);
        ASSERT_TRUE(now.ok());
        mergeRequests(now->file, {test::request("PC-LATE", test::kWin7Y2, 55)});
        ASSERT_TRUE(saveTransferFile(path, now->file, now->version).ok());
    };
    int runs = 0;
    auto written = updateTransferFile(
        path,
        [&](TransferFile& file) -> Result<bool, TransferError> {
            ++runs;
            auto item = findItem(file, itemId);
            if (!item)
                return fail(item.error());
            auto answered = answerItem(*item.value(), test::cidFor(*item.value()), "desk",
                                       Timestamp(std::chrono::seconds(1'780'000'100)));
            if (!answered)
                return fail(answered.error());
            return true;
        },
        false, hooks);
    ASSERT_TRUE(written.ok()) << errorKindKey(written.error().kind);
    EXPECT_EQ(runs, 2) << "the change is applied again to the fresh file";
    auto result = loadTransferFile(path);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->file.items.size(), 2u) << "the late request is kept";
    EXPECT_EQ(result->file.items[0].status, ItemStatus::Answered) << "the desk's answer is kept";
    EXPECT_EQ(result->file.items[1].machineName, "PC-LATE");
}

TEST(TransferStore, GivesUpAfterRepeatedConcurrentChanges)
{
    test::TempDir dir;
    const auto path = test::qpath(dir.path() / "requests.adtx");
    ASSERT_TRUE(saveTransferFile(path, sampleFile(1), DiskVersion{}).ok());
    int n = 0;
    SaveHooks hooks;
    hooks.beforeCommit = [&] {
        auto f = sampleFile(1);
        ++n;
        f.items.push_back(
            test::request("PC-" + std::to_string(n), test::kWin7Y2, 500 + static_cast<std::uint64_t>(n)));
        ASSERT_TRUE(writeAtomically(path, serializeTransferFile(f)).ok());
    };
    auto written = updateTransferFile(
        path,
        [](TransferFile& f) -> Result<bool, TransferError> {
            f.items.push_back(test::request("PC-X", test::kWin7Y3, 900));
            return true;
        },
        false, hooks, 3);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, TransferError::Kind::ConcurrentChange);
    EXPECT_EQ(n, 3);
}

TEST(TransferStore, AFileThatAppearedMeanwhileIsNotOverwritten)
{
    test::TempDir dir;
    const auto path = test::qpath(dir.path() / "new.adtx");
    SaveHooks hooks;
    const QByteArray theirs = serializeTransferFile(sampleFile(1));
    hooks.beforeCommit = [&] { ASSERT_TRUE(writeAtomically(path, theirs).ok()); };
    auto saved = saveTransferFile(path, sampleFile(2), DiskVersion{}, hooks);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, TransferError::Kind::ConcurrentChange);
    EXPECT_EQ(test::readAll(dir.path() / "new.adtx"), theirs);
}

TEST(TransferStore, FiftyMegabytesOfGarbageIsRefusedClearly)
{
    test::TempDir dir;
    const auto file = dir.path() / "garbage.adtx";
    {
        std::mt19937_64 random(7);
        QByteArray garbage(50 * 1024 * 1024, Qt::Uninitialized);
        for (auto& c : garbage)
            c = static_cast<char>(random() & 0xff);
        ASSERT_TRUE(test::writeAll(file, garbage));
    }
    auto loaded = loadTransferFile(test::qpath(file));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().kind, TransferError::Kind::NotATransferFile);
    EXPECT_EQ(loaded.error().path, test::qpath(file).toStdString());
}

TEST(TransferStore, HugeFileIsRefusedWithoutReadingIt)
{
    test::TempDir dir;
    const auto file = dir.path() / "huge.adtx";
    {
        QFile f(test::qpath(file));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(4LL * 1024 * 1024 * 1024)); // 4 GiB, sparse
    }
    auto loaded = loadTransferFile(test::qpath(file));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().kind, TransferError::Kind::TooLarge);
    EXPECT_EQ(loaded.error().found, 4LL * 1024 * 1024 * 1024);
}

TEST(TransferStore, TenThousandItemsOnDisk)
{
    test::TempDir dir;
    const auto path = test::qpath(dir.path() / "big.adtx");
    const auto file = sampleFile(10'000);
    ASSERT_TRUE(saveTransferFile(path, file, DiskVersion{}).ok());
    auto loaded = loadTransferFile(path);
    ASSERT_TRUE(loaded.ok()) << errorKindKey(loaded.error().kind);
    ASSERT_EQ(loaded->file.items.size(), 10'000u);
    EXPECT_TRUE(loaded->file.items.back() == file.items.back());
}

TEST(TransferStore, ASmallFileCutShortIsNotCommittedEither)
{
    // A file smaller than Qt's write buffer: the failure happens at the final flush, which
    // QSaveFile::commit() in Qt 6.4 does not report. The store must still refuse it.
    test::TempDir dir;
    const auto file = dir.path() / "requests.adtx";
    const auto path = test::qpath(file);
    ASSERT_TRUE(saveTransferFile(path, sampleFile(1), DiskVersion{}).ok());
    const QByteArray before = test::readAll(file);
    auto loaded = loadTransferFile(path);
    ASSERT_TRUE(loaded.ok());
    const auto three = sampleFile(3);
    ASSERT_LT(serializeTransferFile(three).size(), 16 * 1024);
    ASSERT_GT(serializeTransferFile(three).size(), 1024);
    Result<void, TransferError> saved = fail(TransferError{});
    {
        test::FileSizeLimit limit(1024);
        saved = saveTransferFile(path, three, loaded->version);
    }
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, TransferError::Kind::WriteFailed);
    EXPECT_EQ(test::readAll(file), before);
    EXPECT_EQ(test::filesIn(dir.path()), std::vector<std::string>{"requests.adtx"});
}

TEST(TransferStore, AChangeWaitsForTheLockAndNamesWhoHoldsIt)
{
    test::TempDir dir;
    const auto path = test::qpath(dir.path() / "requests.adtx");
    ASSERT_TRUE(saveTransferFile(path, sampleFile(1), DiskVersion{}).ok());
    const QByteArray before = test::readAll(dir.path() / "requests.adtx");
    bool changeRan = false;
    const TransferChange addOne = [&](TransferFile& f) -> Result<bool, TransferError> {
        changeRan = true;
        f.items.push_back(test::request("PC-X", test::kWin7Y3, 900));
        return true;
    };
    SaveHooks hooks;
    hooks.lockWait = std::chrono::milliseconds(300);
    {
        QLockFile other(path + QStringLiteral(".lock")); // another desk saving right now
        ASSERT_TRUE(other.tryLock(0));
        auto written = updateTransferFile(path, addOne, false, hooks);
        ASSERT_FALSE(written.ok());
        EXPECT_EQ(written.error().kind, TransferError::Kind::InUse);
        EXPECT_EQ(written.error().path, path.toStdString());
        EXPECT_EQ(written.error().lockPath, (path + QStringLiteral(".lock")).toStdString());
        ASSERT_TRUE(written.error().holder.has_value());
        EXPECT_EQ(written.error().holder->pid, QCoreApplication::applicationPid());
        EXPECT_EQ(written.error().holder->host, QSysInfo::machineHostName().toStdString());
        EXPECT_EQ(written.error().holder->program, "transfer_tests");
        EXPECT_FALSE(changeRan) << "nothing is read or changed without the lock";
        EXPECT_EQ(test::readAll(dir.path() / "requests.adtx"), before);
    }
    // Released: the same change goes through, and leaves no lock file behind.
    auto written = updateTransferFile(path, addOne, false, hooks);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(loadTransferFile(path)->file.items.size(), 2u);
    EXPECT_EQ(test::filesIn(dir.path()), std::vector<std::string>{"requests.adtx"});
}

TEST(TransferStore, ALockLeftByAProgramThatStoppedIsTakenOverAtOnce)
{
    test::TempDir dir;
    const auto path = test::qpath(dir.path() / "requests.adtx");
    ASSERT_TRUE(saveTransferFile(path, sampleFile(1), DiskVersion{}).ok());
    // A writer killed while it held the lock (kill -9, power cut): its lock file stays.
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        QLockFile lock(path + QStringLiteral(".lock"));
        std::_Exit(lock.tryLock(0) ? 0 : 1); // no destructor: the lock file is left
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ASSERT_TRUE(QFile::exists(path + QStringLiteral(".lock")));

    SaveHooks hooks;
    hooks.lockWait = std::chrono::milliseconds(0);
    auto written = updateTransferFile(
        path,
        [](TransferFile& f) -> Result<bool, TransferError> {
            f.items.push_back(test::request("PC-X", test::kWin7Y3, 900));
            return true;
        },
        false, hooks);
    ASSERT_TRUE(written.ok()) << errorKindKey(written.error().kind);
    EXPECT_EQ(loadTransferFile(path)->file.items.size(), 2u);
    EXPECT_EQ(test::filesIn(dir.path()), std::vector<std::string>{"requests.adtx"});
}

TEST(TransferStore, AMissingFolderIsNamedAsSuch)
{
    test::TempDir dir;
    const auto path = test::qpath(dir.path() / "no-such-stick" / "requests.adtx");
    auto written = updateTransferFile(
        path, [](TransferFile&) -> Result<bool, TransferError> { return true; }, /*createIfMissing=*/true);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, TransferError::Kind::NoFolder);
    EXPECT_EQ(written.error().path, path.toStdString());
}
