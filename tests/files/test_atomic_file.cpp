// SPDX-License-Identifier: MIT
// Saving a file never loses the previous version: a stick that fills up or is pulled out
// part-way, a read-only stick, and a save abandoned at the last moment all leave the old
// file byte for byte, with no temporary file left behind.
#include "FileTestSupport.h"
#include "TestSupport.h"
#include "files/AtomicFile.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace actdesk;
using files::WriteFailure;

namespace {

QString qpath(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

QByteArray readAll(const std::filesystem::path& p)
{
    QFile f(qpath(p));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray content(int bytes, char fill)
{
    return QByteArray(bytes, fill);
}

} // namespace

TEST(AtomicFile, WritesANewFileAndReplacesAnOldOne)
{
    test::TempDir dir;
    const auto file = dir.path() / "sheet.pdf";
    ASSERT_TRUE(files::writeFileAtomically(qpath(file), content(100, 'a')).ok());
    EXPECT_EQ(readAll(file), content(100, 'a'));
    ASSERT_TRUE(files::writeFileAtomically(qpath(file), content(50, 'b')).ok());
    EXPECT_EQ(readAll(file), content(50, 'b'));
    EXPECT_EQ(test::filesIn(dir.path()), std::vector<std::string>{"sheet.pdf"});
}

TEST(AtomicFile, AStickThatFillsUpKeepsTheOldFile)
{
    test::TempDir dir;
    const auto file = dir.path() / "journal.csv";
    ASSERT_TRUE(files::writeFileAtomically(qpath(file), content(300, 'o')).ok());
    // Bigger than what still fits, smaller than Qt's 16 KiB write buffer: the failure comes
    // at the last flush, which plain QSaveFile::commit() in Qt 6.4 does not report.
    Result<void, WriteFailure> saved = fail(WriteFailure{});
    {
        test::FileSizeLimit limit(1024);
        saved = files::writeFileAtomically(qpath(file), content(4000, 'n'));
    }
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, WriteFailure::Kind::WriteFailed);
    EXPECT_FALSE(saved.error().detail.isEmpty()) << "the system's reason is kept for the message";
    EXPECT_EQ(readAll(file), content(300, 'o'));
    EXPECT_EQ(test::filesIn(dir.path()), std::vector<std::string>{"journal.csv"});
}

TEST(AtomicFile, AReadOnlyStickSaysSoAndKeepsTheOldFile)
{
    test::TempDir dir;
    const auto stick = dir.path() / "stick";
    std::filesystem::create_directories(stick);
    const auto file = stick / "qr.png";
    ASSERT_TRUE(files::writeFileAtomically(qpath(file), content(10, 'o')).ok());
    test::ReadOnlyFolder readOnly(stick);
    ASSERT_TRUE(readOnly.reallyReadOnly()) << "the test could not make the folder read-only";
    auto saved = files::writeFileAtomically(qpath(file), content(10, 'n'));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, WriteFailure::Kind::NotWritable);
    EXPECT_FALSE(saved.error().detail.isEmpty());
    EXPECT_EQ(readAll(file), content(10, 'o'));
    EXPECT_EQ(test::filesIn(stick), std::vector<std::string>{"qr.png"});
}

TEST(AtomicFile, ASaveAbandonedBeforeTheReplaceChangesNothing)
{
    test::TempDir dir;
    const auto file = dir.path() / "requests.adtx";
    ASSERT_TRUE(files::writeFileAtomically(qpath(file), content(10, 'o')).ok());
    bool asked = false;
    auto saved = files::writeFileAtomically(qpath(file), content(20, 'n'), [&] {
        // The new content is complete at this point; only the rename is still to come.
        asked = true;
        return false;
    });
    EXPECT_TRUE(asked);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, WriteFailure::Kind::Abandoned);
    EXPECT_EQ(readAll(file), content(10, 'o'));
    EXPECT_EQ(test::filesIn(dir.path()), std::vector<std::string>{"requests.adtx"});
}

TEST(AtomicFile, AMissingFolderIsNotWritable)
{
    test::TempDir dir;
    auto saved = files::writeFileAtomically(qpath(dir.path() / "gone" / "x.csv"), content(5, 'x'));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, WriteFailure::Kind::NotWritable);
}
