// SPDX-License-Identifier: MIT
#include "catalog/Catalog.h"

#include <gtest/gtest.h>

#include <set>

using namespace actdesk;
using namespace actdesk::catalog;

namespace {
const char* kMinimal = "[catalog]\nformat = 1\n";

std::string entry(const std::string& key, const std::string& id, int year = 1, const std::string& os = "win7")
{
    return "[program:" + key + "]\nprogram = p\nname = P\nos = " + os + "\nyear = " + std::to_string(year) +
           "\nactivation-id = " + id + "\ntrust = community\nsource = test\n";
}
} // namespace

TEST(Catalog, BuiltInHasEveryRequiredProgramYear)
{
    const auto cat = Catalog::builtIn();
    struct Expect
    {
        const char* key;
        const char* id;
        Trust trust;
    };
    const Expect expected[] = {
        {"win7-esu-y1", "77db037b-95c3-48d7-a3ab-a9c6d41093e0", Trust::Official},
        {"win7-esu-y2", "0e00c25d-8795-4fb7-9572-3803d91b6880", Trust::Official},
        {"win7-esu-y3", "4220f546-f522-46df-8202-4d07afd26454", Trust::Official},
        {"server2008-esu-y1", "553673ed-6ddf-419c-a153-b760283472fd", Trust::Official},
        {"server2008-esu-y2", "04fa0286-fa74-401e-bbe9-fbfbb158010d", Trust::Official},
        {"server2008-esu-y3", "16c08c85-0c8b-4009-9b2b-f1f7319e45f9", Trust::Official},
        {"server2012-esu-y1", "c0a2ea62-12ad-435b-ab4f-c9bfab48dbc4", Trust::Community},
        {"server2012-esu-y2", "e3e2690b-931c-4c80-b1ff-dffba8a81988", Trust::Community},
        {"server2012-esu-y3", "55b1dd2d-2209-4ea0-a805-06298bad25b3", Trust::Community},
        {"win10-esu-y1", "f520e45e-7413-4a34-a497-d2765967d094", Trust::Official},
        {"win10-esu-y2", "1043add5-23b1-4afb-9a0f-64343c8f3f8d", Trust::Official},
        {"win10-esu-y3", "83d49986-add3-41d7-ba33-87c7bfb5c0fb", Trust::Official},
    };
    for (const auto& e : expected) {
        const auto* found = cat.find(e.key);
        ASSERT_NE(found, nullptr) << e.key;
        EXPECT_EQ(found->activationId.canonical(), e.id) << e.key;
        EXPECT_EQ(found->trust, e.trust) << e.key;
        EXPECT_FALSE(found->source.empty()) << e.key;
    }
}

TEST(Catalog, EveryActivationIdIsAValidGuidAndUnique)
{
    const auto cat = Catalog::builtIn();
    ASSERT_GE(cat.entries().size(), 12u);
    std::set<std::string> seen;
    for (const auto& e : cat.entries()) {
        EXPECT_TRUE(ids::ActivationId::parseAscii(e.activationId.canonical()).ok());
        EXPECT_TRUE(seen.insert(e.activationId.canonical()).second) << "duplicate " << e.key;
    }
}

TEST(Catalog, EveryOsHasItsPrerequisitesInOrder)
{
    const auto cat = Catalog::builtIn();
    for (OsFamily os : allOsFamilies()) {
        auto p = cat.prerequisites(os);
        ASSERT_TRUE(p.has_value()) << osKey(os);
        EXPECT_FALSE(p->updates.empty()) << osKey(os);
        EXPECT_FALSE(cat.forOs(os).empty()) << osKey(os);
    }
    EXPECT_EQ(cat.prerequisites(OsFamily::Windows7)->updates,
              (std::vector<std::string>{"KB4490628", "KB4474419", "KB4536952", "KB4538483"}));
    EXPECT_EQ(cat.prerequisites(OsFamily::Server2008)->updates.front(), "KB4493730");
}

TEST(Catalog, FindsByKeyOrAnyGuidSpelling)
{
    const auto cat = Catalog::builtIn();
    ASSERT_NE(cat.find("WIN7-ESU-Y1"), nullptr);
    const auto* byGuid = cat.find("{77DB037B-95C3-48D7-A3AB-A9C6D41093E0}");
    ASSERT_NE(byGuid, nullptr);
    EXPECT_EQ(byGuid->key, "win7-esu-y1");
    EXPECT_EQ(cat.find("win7-esu-y9"), nullptr);
}

TEST(Catalog, SuggestsTheNextUnlicensedYear)
{
    const auto cat = Catalog::builtIn();
    EXPECT_EQ(cat.suggestNext(OsFamily::Windows7, {})->key, "win7-esu-y1");
    const auto y1 = cat.find("win7-esu-y1")->activationId;
    const auto y2 = cat.find("win7-esu-y2")->activationId;
    const auto y3 = cat.find("win7-esu-y3")->activationId;
    EXPECT_EQ(cat.suggestNext(OsFamily::Windows7, {y1})->key, "win7-esu-y2");
    EXPECT_EQ(cat.suggestNext(OsFamily::Windows7, {y1, y2})->key, "win7-esu-y3");
    EXPECT_FALSE(cat.suggestNext(OsFamily::Windows7, {y1, y2, y3}).has_value());
    EXPECT_EQ(cat.suggestNext(OsFamily::Server2008R2, {})->key, "server2008-esu-y1");
}

TEST(Catalog, AnAdministratorFileOverridesAndAddsWithoutRebuilding)
{
    auto cat = Catalog::builtIn();
    const std::string admin = std::string(kMinimal) +
                              entry("win7-esu-y1", "11111111-2222-3333-4444-555555555555") +
                              entry("posready7-esu-y3", "4f1f646c-1e66-4908-acc7-d1606229b29e", 3);
    auto parsed = Catalog::parse(admin, "/etc/admin.ini");
    ASSERT_TRUE(parsed.ok());
    ASSERT_TRUE(cat.overlay(parsed.value()).ok());
    EXPECT_EQ(cat.find("win7-esu-y1")->activationId.canonical(), "11111111-2222-3333-4444-555555555555");
    EXPECT_EQ(cat.find("win7-esu-y1")->origin, "/etc/admin.ini");
    EXPECT_NE(cat.find("posready7-esu-y3"), nullptr);
}

TEST(Catalog, AnOverrideThatReusesAnActivationIdIsRefusedAndChangesNothing)
{
    auto cat = Catalog::builtIn();
    auto parsed = Catalog::parse(std::string(kMinimal) + entry("mine", "77db037b-95c3-48d7-a3ab-a9c6d41093e0"), "x");
    ASSERT_TRUE(parsed.ok());
    auto merged = cat.overlay(parsed.value());
    ASSERT_FALSE(merged.ok());
    EXPECT_EQ(merged.error().kind, CatalogError::Kind::DuplicateActivationId);
    EXPECT_EQ(cat.find("mine"), nullptr);
}

// Saved in the wrong encoding: named by its line instead of shown as replacement characters.
TEST(Catalog, TextThatIsNotUtf8IsRefusedByItsLine)
{
    const std::string sjis = "[catalog]\nformat = 1\n[program:x]\nname = \x83\x65\x83\x58\x83\x67\n"; // Shift-JIS
    auto shiftJis = Catalog::parse(sjis, "f.ini");
    ASSERT_FALSE(shiftJis.ok());
    EXPECT_EQ(shiftJis.error().kind, CatalogError::Kind::Syntax);
    EXPECT_EQ(shiftJis.error().line, 4);
    EXPECT_NE(shiftJis.error().detail.find("UTF-8"), std::string::npos);

    auto nul = Catalog::parse(std::string("[catalog]\nformat = 1\n[program:x]\nname = a") + '\0' + "b\n", "f.ini");
    ASSERT_FALSE(nul.ok());
    EXPECT_EQ(nul.error().line, 4);

    auto utf16 = Catalog::parse(std::string("\xFF\xFE[\0c\0", 6), "f.ini");
    ASSERT_FALSE(utf16.ok());
    EXPECT_NE(utf16.error().detail.find("UTF-16"), std::string::npos);

    // Japanese names in UTF-8 stay welcome.
    std::string named = entry("x", "77db037b-95c3-48d7-a3ab-a9c6d41093e0");
    named.replace(named.find("name = P"), 8, "name = 延長セキュリティ更新 (テスト)");
    auto japanese = Catalog::parse(std::string(kMinimal) + named, "f.ini");
    ASSERT_TRUE(japanese.ok());
}

// An override that renames an OS keeps its prerequisite updates; one that lists them replaces them.
TEST(Catalog, AnOsOverrideChangesOnlyWhatItSays)
{
    auto catalog = Catalog::builtIn();
    const auto before = catalog.prerequisites(OsFamily::Windows7);
    ASSERT_TRUE(before && !before->updates.empty());
    auto renamed = Catalog::parse("[catalog]\nformat = 1\n[os:win7]\nname = Windows 7 (factory line)\n", "f.ini");
    ASSERT_TRUE(renamed.ok());
    ASSERT_TRUE(catalog.overlay(renamed.value()).ok());
    const auto after = catalog.prerequisites(OsFamily::Windows7);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->name, "Windows 7 (factory line)");
    EXPECT_EQ(after->updates, before->updates);

    auto listed = Catalog::parse("[catalog]\nformat = 1\n[os:win7]\nprerequisites = KB4490628 KB4474419\n", "f.ini");
    ASSERT_TRUE(listed.ok());
    ASSERT_TRUE(catalog.overlay(listed.value()).ok());
    EXPECT_EQ(catalog.prerequisites(OsFamily::Windows7)->updates,
              (std::vector<std::string>{"KB4490628", "KB4474419"}));
}

TEST(Catalog, AKeyGivenTwiceInASectionIsRefusedByItsLine)
{
    auto twice = Catalog::parse(std::string(kMinimal) + entry("x", "77db037b-95c3-48d7-a3ab-a9c6d41093e0") + "year = 7\n",
                                "f.ini");
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, CatalogError::Kind::Syntax);
    EXPECT_EQ(twice.error().line, 11);
    EXPECT_NE(twice.error().detail.find("year"), std::string::npos);
}

TEST(Catalog, BadFilesNameTheLineAndField)
{
    auto badGuid = Catalog::parse(std::string(kMinimal) + entry("x", "not-a-guid"), "f.ini");
    ASSERT_FALSE(badGuid.ok());
    EXPECT_EQ(badGuid.error().kind, CatalogError::Kind::InvalidValue);
    EXPECT_EQ(badGuid.error().field, "activation-id");
    EXPECT_EQ(badGuid.error().line, 8);

    auto noFormat = Catalog::parse(entry("x", "77db037b-95c3-48d7-a3ab-a9c6d41093e0"), "f.ini");
    ASSERT_FALSE(noFormat.ok());
    EXPECT_EQ(noFormat.error().kind, CatalogError::Kind::MissingField);

    auto newer = Catalog::parse("[catalog]\nformat = 2\n", "f.ini");
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().kind, CatalogError::Kind::UnsupportedFormat);

    auto syntax = Catalog::parse("[catalog]\nformat = 1\n[program:x\n", "f.ini");
    ASSERT_FALSE(syntax.ok());
    EXPECT_EQ(syntax.error().kind, CatalogError::Kind::Syntax);
    EXPECT_EQ(syntax.error().line, 3);

    auto badOs = Catalog::parse(std::string(kMinimal) + entry("x", "77db037b-95c3-48d7-a3ab-a9c6d41093e0", 1, "winxp"),
                                "f.ini");
    ASSERT_FALSE(badOs.ok());
    EXPECT_EQ(badOs.error().field, "os");
    EXPECT_EQ(badOs.error().value, "winxp");
}

// The site's activation line numbers come from the administrator's override, not from us.
TEST(Catalog, ActivationPhonesComeFromTheOverrideAndReplaceByKey)
{
    Catalog cat = Catalog::builtIn();
    EXPECT_TRUE(cat.activationPhones().empty()); // numbers differ by country: none are shipped
    const std::string admin = std::string(kMinimal) +
                              "[phone:jp]\nregion = Japan\nnumber = 0120-801-734\nhours = 24 hours\n"
                              "[phone:us]\nregion = United States\nnumber = +1 (888) 725-1047\n";
    auto parsed = Catalog::parse(admin, "/etc/admin.ini");
    ASSERT_TRUE(parsed.ok());
    ASSERT_TRUE(cat.overlay(parsed.value()).ok());
    ASSERT_EQ(cat.activationPhones().size(), 2u);
    EXPECT_EQ(cat.activationPhones()[0].region, "Japan");
    EXPECT_EQ(cat.activationPhones()[0].number, "0120-801-734");
    EXPECT_EQ(cat.activationPhones()[0].hours, "24 hours");
    EXPECT_EQ(cat.activationPhones()[1].hours, "");

    // A second override with the same key changes that number only.
    auto later = Catalog::parse(std::string(kMinimal) + "[phone:JP]\nregion = Japan\nnumber = 03-0000-0000\n", "b");
    ASSERT_TRUE(later.ok());
    ASSERT_TRUE(cat.overlay(later.value()).ok());
    ASSERT_EQ(cat.activationPhones().size(), 2u);
    EXPECT_EQ(cat.activationPhones()[0].number, "03-0000-0000");
}

TEST(Catalog, AnActivationPhoneThatIsNotANumberIsNamedWithItsLine)
{
    auto parsed = Catalog::parse(std::string(kMinimal) + "[phone:jp]\nregion = Japan\nnumber = call Bob\n", "f.ini");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().kind, CatalogError::Kind::InvalidValue);
    EXPECT_EQ(parsed.error().field, "number");
    EXPECT_EQ(parsed.error().line, 5);
    auto noRegion = Catalog::parse(std::string(kMinimal) + "[phone:jp]\nnumber = 0120\n", "f.ini");
    ASSERT_FALSE(noRegion.ok());
    EXPECT_EQ(noRegion.error().kind, CatalogError::Kind::MissingField);
}
