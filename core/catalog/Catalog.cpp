// SPDX-License-Identifier: MIT
#include "catalog/Catalog.h"

#include "catalog/EmbeddedCatalog.h"
#include "catalog/IniDocument.h"

#include <algorithm>
#include <sstream>

namespace actdesk::catalog {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

std::vector<std::string> words(const std::string& s)
{
    std::istringstream in(s);
    std::vector<std::string> out;
    std::string w;
    while (in >> w)
        out.push_back(w);
    return out;
}

CatalogError error(const std::string& origin, int line, CatalogError::Kind kind, std::string field = {},
                   std::string value = {})
{
    CatalogError e;
    e.file = origin;
    e.line = line;
    e.kind = kind;
    e.field = std::move(field);
    e.value = std::move(value);
    return e;
}

Result<const IniEntry*, CatalogError> required(const IniSection& s, const char* key, const std::string& origin)
{
    const IniEntry* e = s.find(key);
    if (!e || e->value.empty())
        return fail(error(origin, s.line, CatalogError::Kind::MissingField, key));
    return e;
}

bool isPhoneNumber(const std::string& v)
{
    if (v.empty() || v.size() > 40)
        return false;
    bool digit = false;
    for (char c : v) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')')
            return false;
    }
    return digit;
}

// Free text that is printed on a sheet and read on screens: one line, no control characters.
bool isShortLine(const std::string& v, std::size_t max)
{
    return v.size() <= max && std::none_of(v.begin(), v.end(), [](char c) {
               return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
           });
}

Result<ActivationPhone, CatalogError> parsePhone(const IniSection& section, const std::string& origin)
{
    ActivationPhone phone;
    phone.key = lower(section.name.substr(6));
    if (phone.key.empty())
        return fail(error(origin, section.line, CatalogError::Kind::MissingField, "phone key"));
    for (const char* field : {"region", "number"})
        if (auto e = required(section, field, origin); !e)
            return fail(e.error());
    const auto* region = section.find("region");
    const auto* number = section.find("number");
    if (!isShortLine(region->value, 60) || region->value.empty())
        return fail(error(origin, region->line, CatalogError::Kind::InvalidValue, "region", region->value));
    if (!isPhoneNumber(number->value))
        return fail(error(origin, number->line, CatalogError::Kind::InvalidValue, "number", number->value));
    phone.region = region->value;
    phone.number = number->value;
    if (const auto* hours = section.find("hours")) {
        if (!isShortLine(hours->value, 80))
            return fail(error(origin, hours->line, CatalogError::Kind::InvalidValue, "hours", hours->value));
        phone.hours = hours->value;
    }
    return phone;
}

} // namespace

bool CatalogEntry::coversOs(OsFamily family) const
{
    return std::find(os.begin(), os.end(), family) != os.end();
}

Catalog Catalog::builtIn()
{
    // The shipped file is reviewed and tested; failing here is a build defect.
    auto parsed = parse(embeddedCatalogText(), "built-in");
    return parsed ? parsed.value() : Catalog{};
}

Result<Catalog, CatalogError> Catalog::parse(std::string_view text, const std::string& origin)
{
    auto ini = parseIni(text);
    if (!ini) {
        auto e = error(origin, ini.error().line, CatalogError::Kind::Syntax);
        e.detail = ini.error().what;
        return fail(e);
    }

    Catalog cat;
    bool sawFormat = false;
    for (const auto& section : ini.value()) {
        if (section.name == "catalog") {
            auto fmt = required(section, "format", origin);
            if (!fmt)
                return fail(fmt.error());
            if (fmt.value()->value != std::to_string(kFormatVersion))
                return fail(error(origin, fmt.value()->line, CatalogError::Kind::UnsupportedFormat, "format",
                                  fmt.value()->value));
            sawFormat = true;
        } else if (section.name.rfind("os:", 0) == 0) {
            const auto key = section.name.substr(3);
            const auto os = osFromKey(key);
            if (!os)
                return fail(error(origin, section.line, CatalogError::Kind::InvalidValue, "os", key));
            OsPrerequisites p;
            p.os = *os;
            if (const auto* n = section.find("name"))
                p.name = n->value;
            if (const auto* kbs = section.find("prerequisites")) {
                p.updatesGiven = true;
                for (const auto& kb : words(kbs->value)) {
                    if (kb.size() < 3 || lower(kb.substr(0, 2)) != "kb" ||
                        !std::all_of(kb.begin() + 2, kb.end(), [](char c) { return c >= '0' && c <= '9'; }))
                        return fail(error(origin, kbs->line, CatalogError::Kind::InvalidValue, "prerequisites", kb));
                    p.updates.push_back("KB" + kb.substr(2));
                }
            }
            if (const auto* src = section.find("prerequisites-source"))
                p.source = src->value;
            cat.m_prerequisites.push_back(std::move(p));
        } else if (section.name.rfind("program:", 0) == 0) {
            CatalogEntry entry;
            entry.key = lower(section.name.substr(8));
            entry.origin = origin;
            if (entry.key.empty())
                return fail(error(origin, section.line, CatalogError::Kind::MissingField, "program key"));
            for (const char* field : {"program", "name", "os", "year", "activation-id", "trust", "source"}) {
                auto e = required(section, field, origin);
                if (!e)
                    return fail(e.error());
            }
            entry.program = lower(section.find("program")->value);
            entry.name = section.find("name")->value;
            entry.source = section.find("source")->value;

            const auto* osField = section.find("os");
            for (const auto& w : words(osField->value)) {
                const auto os = osFromKey(w);
                if (!os)
                    return fail(error(origin, osField->line, CatalogError::Kind::InvalidValue, "os", w));
                entry.os.push_back(*os);
            }

            const auto* year = section.find("year");
            entry.year = std::atoi(year->value.c_str());
            if (entry.year < 1 || entry.year > 9 || year->value.size() != 1)
                return fail(error(origin, year->line, CatalogError::Kind::InvalidValue, "year", year->value));

            const auto* id = section.find("activation-id");
            auto parsedId = ids::ActivationId::parseAscii(id->value);
            if (!parsedId)
                return fail(error(origin, id->line, CatalogError::Kind::InvalidValue, "activation-id", id->value));
            entry.activationId = parsedId.value();

            const auto* trust = section.find("trust");
            if (trust->value == "official")
                entry.trust = Trust::Official;
            else if (trust->value == "community")
                entry.trust = Trust::Community;
            else
                return fail(error(origin, trust->line, CatalogError::Kind::InvalidValue, "trust", trust->value));

            for (const auto& other : cat.m_entries)
                if (other.activationId == entry.activationId || other.key == entry.key)
                    return fail(error(origin, id->line, CatalogError::Kind::DuplicateActivationId, "activation-id",
                                      id->value));
            cat.m_entries.push_back(std::move(entry));
        } else if (section.name.rfind("phone:", 0) == 0) {
            auto phone = parsePhone(section, origin);
            if (!phone)
                return fail(phone.error());
            cat.m_phones.push_back(std::move(phone).value());
        }
        // Other sections are ignored so later format revisions can add them.
    }
    if (!sawFormat)
        return fail(error(origin, 1, CatalogError::Kind::MissingField, "[catalog] format"));
    return cat;
}

Result<void, CatalogError> Catalog::overlay(const Catalog& other)
{
    Catalog merged = *this;
    for (const auto& e : other.m_entries) {
        auto it = std::find_if(merged.m_entries.begin(), merged.m_entries.end(),
                               [&](const CatalogEntry& x) { return x.key == e.key; });
        if (it != merged.m_entries.end())
            *it = e;
        else
            merged.m_entries.push_back(e);
    }
    for (const auto& p : other.m_prerequisites) {
        auto it = std::find_if(merged.m_prerequisites.begin(), merged.m_prerequisites.end(),
                               [&](const OsPrerequisites& x) { return x.os == p.os; });
        if (it == merged.m_prerequisites.end()) {
            merged.m_prerequisites.push_back(p);
            continue;
        }
        // Only what the override says changes: renaming an OS keeps its prerequisite updates.
        if (!p.name.empty())
            it->name = p.name;
        if (p.updatesGiven) {
            it->updates = p.updates;
            it->updatesGiven = true;
        }
        if (!p.source.empty())
            it->source = p.source;
    }
    for (const auto& phone : other.m_phones) {
        auto it = std::find_if(merged.m_phones.begin(), merged.m_phones.end(),
                               [&](const ActivationPhone& x) { return x.key == phone.key; });
        if (it != merged.m_phones.end())
            *it = phone;
        else
            merged.m_phones.push_back(phone);
    }
    for (std::size_t i = 0; i < merged.m_entries.size(); ++i)
        for (std::size_t j = i + 1; j < merged.m_entries.size(); ++j)
            if (merged.m_entries[i].activationId == merged.m_entries[j].activationId) {
                auto e = error(merged.m_entries[j].origin, 0, CatalogError::Kind::DuplicateActivationId,
                               "activation-id", merged.m_entries[j].activationId.canonical());
                e.detail = merged.m_entries[i].key + " / " + merged.m_entries[j].key;
                return fail(e);
            }
    *this = std::move(merged);
    return {};
}

std::vector<CatalogEntry> Catalog::forOs(OsFamily os) const
{
    std::vector<CatalogEntry> out;
    for (const auto& e : m_entries)
        if (e.coversOs(os))
            out.push_back(e);
    std::stable_sort(out.begin(), out.end(), [](const CatalogEntry& a, const CatalogEntry& b) {
        return a.program != b.program ? a.program < b.program : a.year < b.year;
    });
    return out;
}

const CatalogEntry* Catalog::find(std::string_view keyOrId) const
{
    const auto key = lower(keyOrId);
    for (const auto& e : m_entries)
        if (e.key == key)
            return &e;
    auto id = ids::ActivationId::parseAscii(keyOrId);
    return id ? findById(id.value()) : nullptr;
}

const CatalogEntry* Catalog::findById(const ids::ActivationId& id) const
{
    for (const auto& e : m_entries)
        if (e.activationId == id)
            return &e;
    return nullptr;
}

std::optional<OsPrerequisites> Catalog::prerequisites(OsFamily os) const
{
    for (const auto& p : m_prerequisites)
        if (p.os == os)
            return p;
    return std::nullopt;
}

std::optional<CatalogEntry> Catalog::suggestNext(OsFamily os, const std::vector<ids::ActivationId>& licensed) const
{
    for (const auto& e : forOs(os))
        if (std::find(licensed.begin(), licensed.end(), e.activationId) == licensed.end())
            return e;
    return std::nullopt;
}

} // namespace actdesk::catalog
