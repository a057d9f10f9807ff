// SPDX-License-Identifier: MIT
#include "TransferTestSupport.h"
#include "transfer/DeskAnswers.h"

#include <gtest/gtest.h>

using namespace actdesk;
using namespace actdesk::transfer;

namespace {
const Timestamp kNow{std::chrono::seconds(1'780'003'600)};
}

TEST(DeskAnswers, FindsItemsByIdOrUniquePrefix)
{
    TransferFile file;
    file.items = {test::request("PC-A", test::kWin7Y1, 1), test::request("PC-B", test::kWin7Y1, 2)};
    file.items[0].id = "abcdef012345";
    file.items[1].id = "abcd99999999";
    EXPECT_EQ(findItem(file, "abcdef012345").value(), &file.items[0]);
    EXPECT_EQ(findItem(file, "ABCDEF").value(), &file.items[0]);
    auto ambiguous = findItem(file, "abcd");
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().kind, TransferError::Kind::AmbiguousItem);
    EXPECT_EQ(ambiguous.error().candidates.size(), 2u);
    EXPECT_EQ(findItem(file, "abc").error().kind, TransferError::Kind::UnknownItem) << "too short";
    EXPECT_EQ(findItem(file, "ffff").error().kind, TransferError::Kind::UnknownItem);
}

TEST(DeskAnswers, AnswerFailAndTheirRules)
{
    auto item = test::request("PC-A", test::kWin7Y1, 1);
    const auto cid = test::cidFor(item);
    ASSERT_EQ(answerItem(item, cid, "alice@desk", kNow).value(), AnswerChange::Answered);
    EXPECT_EQ(item.status, ItemStatus::Answered);
    EXPECT_EQ(test::digitsOf(item.confirmationId), cid.digits());
    EXPECT_EQ(item.answeredBy, "alice@desk");
    EXPECT_EQ(item.answeredAt, kNow);
    EXPECT_EQ(answerItem(item, cid, "bob", kNow).value(), AnswerChange::Unchanged);
    EXPECT_EQ(item.answeredBy, "alice@desk");

    const auto other = ids::ConfirmationId::parseAscii(std::string(48, '0')).value(); // valid check digits
    auto different = answerItem(item, other, "bob", kNow);
    ASSERT_FALSE(different.ok());
    EXPECT_EQ(different.error().kind, TransferError::Kind::AlreadyAnswered);
    EXPECT_EQ(test::digitsOf(item.confirmationId), cid.digits()) << "unchanged";
    ASSERT_TRUE(answerItem(item, other, "bob", kNow, /*replace=*/true).ok());
    EXPECT_EQ(test::digitsOf(item.confirmationId), other.digits());

    EXPECT_EQ(failItem(item, "wrong", "bob", kNow).error().kind, TransferError::Kind::WrongStatus);

    item.status = ItemStatus::Applied;
    item.appliedAt = kNow;
    EXPECT_EQ(answerItem(item, cid, "bob", kNow, true).error().kind, TransferError::Kind::WrongStatus);

    auto pending = test::request("PC-B", test::kWin7Y1, 2);
    ASSERT_TRUE(failItem(pending, "Activation line: 0x67 (blocked key)", "alice", kNow).ok());
    EXPECT_EQ(pending.status, ItemStatus::Failed);
    EXPECT_EQ(pending.reason, "Activation line: 0x67 (blocked key)");
    // A failed item can be answered later (the line worked on the second call).
    ASSERT_TRUE(answerItem(pending, test::cidFor(pending), "alice", kNow).ok());
    EXPECT_TRUE(pending.reason.empty());
}

TEST(DeskAnswers, AReasonHoldingAProductKeyIsRefusedAndNothingChanges)
{
    auto item = test::request("PC-A", test::kWin7Y1, 1);
    const auto before = item;
    auto r = failItem(item, "customer read out BCDFG-HJKMP-QRTVW-XY234-6789B", "alice", kNow);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, TransferError::Kind::InvalidValue);
    EXPECT_EQ(r.error().detail, "product key");
    EXPECT_TRUE(item == before);
    // Typed by a person: every spelling the key fields accept (en dashes, full width, ...).
    for (const char* spelling : {"key BCDFG\xE2\x80\x93HJKMP\xE2\x80\x93QRTVW\xE2\x80\x93XY234\xE2\x80\x93" "6789B",
                                 "key BCDFG - HJKMP - QRTVW - XY234 - 6789B",
                                 "key \xEF\xBC\xA2\xEF\xBC\xA3\xEF\xBC\xA4\xEF\xBC\xA6\xEF\xBC\xA7 HJKMP QRTVW XY234 6789B"}) {
        auto spelled = failItem(item, spelling, "alice", kNow);
        ASSERT_FALSE(spelled.ok()) << spelling;
        EXPECT_EQ(spelled.error().detail, "product key");
        EXPECT_TRUE(item == before);
    }
    EXPECT_EQ(failItem(item, "", "alice", kNow).error().kind, TransferError::Kind::InconsistentStatus)
        << "a failure needs a reason";
}

TEST(DeskAnswers, TheSimulatedCentreAnswersOnlySimulatedMachines)
{
    auto sim = test::request("SIM-1", test::kWin7Y1, 1, /*simulation=*/true);
    ASSERT_EQ(answerFromSimulatedCentre(sim, kNow).value(), AnswerChange::Answered);
    EXPECT_EQ(test::digitsOf(sim.confirmationId), test::cidFor(sim).digits());
    EXPECT_EQ(sim.answeredBy, kSimulatedCentreName);
    EXPECT_NE(sim.answeredBy.find("SIMULATION"), std::string::npos);

    auto real = test::request("REAL-1", test::kWin7Y1, 2, /*simulation=*/false);
    auto refused = answerFromSimulatedCentre(real, kNow);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, TransferError::Kind::NotSimulated);
    EXPECT_EQ(real.status, ItemStatus::Pending);
}

TEST(DeskAnswers, TheJournalEventDescribesTheAnswer)
{
    auto item = test::request("PC-A", test::kWin7Y1, 1);
    ASSERT_TRUE(answerItem(item, test::cidFor(item), "alice", kNow).ok());
    const auto e = deskEvent(item, std::chrono::system_clock::time_point(kNow));
    EXPECT_EQ(e.step, workflow::Step::ConfirmationId);
    EXPECT_EQ(e.outcome, workflow::Outcome::Succeeded);
    EXPECT_EQ(e.installationId, test::digitsOf(item.installationId));
    EXPECT_EQ(e.confirmationId, test::digitsOf(item.confirmationId));
    EXPECT_EQ(e.extendedPid, item.extendedPid);
    EXPECT_EQ(e.machineName, "PC-A");
    EXPECT_EQ(e.machineId, item.machineId);
    EXPECT_EQ(e.partialKey, "6789B");
    EXPECT_TRUE(e.simulation);

    auto failed = test::request("PC-B", test::kWin7Y1, 2, false);
    ASSERT_TRUE(failItem(failed, "0x67", "alice", kNow).ok());
    const auto f = deskEvent(failed, std::chrono::system_clock::time_point(kNow));
    EXPECT_EQ(f.outcome, workflow::Outcome::Failed);
    EXPECT_NE(f.detail.find("0x67"), std::string::npos);
    EXPECT_FALSE(f.simulation);
}

// The one path by which `desk answer` and `desk import-csv` check a typed CID and record it.
TEST(DeskAnswers, TypedConfirmationIdsAreNormalisedAndAWrongGroupIsNamed)
{
    const auto item = test::request("PC-A", test::kWin7Y1, 1);
    const auto cid = test::cidFor(item);
    // Spaces, a Unicode dash and full-width digits from a Japanese IME are all accepted.
    std::string typed = cid.grouped(' ');
    typed.replace(6, 1, "\u2013"); // en dash between groups A and B
    std::string fullWidth;
    for (char c : typed.substr(typed.size() - 6)) // group H in full-width digits
        fullWidth += std::string("\xEF\xBC") + static_cast<char>('\x90' + (c - '0'));
    typed = typed.substr(0, typed.size() - 6) + fullWidth;
    auto parsed = parseTypedConfirmationId(item, typed);
    ASSERT_TRUE(parsed.ok()) << typed;
    EXPECT_EQ(parsed.value().digits(), cid.digits());

    std::string digits = cid.digits();
    digits[2 * 6 + 1] = static_cast<char>('0' + (digits[2 * 6 + 1] - '0' + 1) % 10); // group C
    auto wrong = parseTypedConfirmationId(item, digits);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, TransferError::Kind::InvalidId);
    EXPECT_EQ(wrong.error().item, item.id);
    EXPECT_EQ(wrong.error().field, "confirmation_id");
    ASSERT_TRUE(wrong.error().idError.has_value());
    EXPECT_EQ(wrong.error().idError->badGroups, std::vector<int>{2});
}

TEST(DeskAnswers, TheAnswerLogKeepsEachAnsweredItemOnceForTheJournal)
{
    TransferFile file;
    file.items = {test::request("PC-A", test::kWin7Y1, 1), test::request("PC-B", test::kWin7Y1, 2)};
    DeskAnswerLog log;
    ASSERT_EQ(log.answer(file.items[0], test::cidFor(file.items[0]), "alice", kNow).value(),
              AnswerChange::Answered);
    // The same CID again changes nothing and is not journaled twice.
    ASSERT_EQ(log.answer(file.items[0], test::cidFor(file.items[0]), "alice", kNow).value(),
              AnswerChange::Unchanged);
    // A refused answer is not journaled.
    const auto other = ids::ConfirmationId::parseAscii(std::string(48, '0')).value();
    EXPECT_FALSE(log.answer(file.items[0], other, "bob", kNow).ok());
    ASSERT_EQ(log.answered().size(), 1u);
    EXPECT_EQ(log.answered()[0].id, file.items[0].id);
    EXPECT_EQ(log.answered()[0].status, ItemStatus::Answered);
    // Replacing an answer keeps one entry, as the item is now.
    ASSERT_TRUE(log.answer(file.items[0], other, "bob", kNow, /*replace=*/true).ok());
    ASSERT_EQ(log.answered().size(), 1u);
    EXPECT_EQ(test::digitsOf(log.answered()[0].confirmationId), other.digits());
    ASSERT_TRUE(log.answer(file.items[1], test::cidFor(file.items[1]), "alice", kNow).ok());
    EXPECT_EQ(log.answered().size(), 2u);
    log.restart();
    EXPECT_TRUE(log.answered().empty());
}
