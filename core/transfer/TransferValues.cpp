// SPDX-License-Identifier: MIT
#include "transfer/TransferValues.h"

#include "common/OsFamily.h"
#include "ids/ActivationId.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "ids/ProductKey.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferIdText.h"
#include "transfer/TransferLines.h"

#include <cstdint>

namespace actdesk::transfer::detail {

namespace {

using Kind = TransferError::Kind;

constexpr std::size_t kMaxFreeText = 1024;
constexpr std::size_t kMaxName = 256;
constexpr std::size_t kMaxToken = 128;

std::string escape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

std::optional<std::string> unescape(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out.push_back(s[i]);
            continue;
        }
        if (++i == s.size())
            return std::nullopt;
        switch (s[i]) {
        case '\\':
            out.push_back('\\');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        default:
            return std::nullopt;
        }
    }
    return out;
}

// Free text may hold line breaks and tabs (escaped in the file), never other controls.
bool isCleanFreeText(std::string_view s)
{
    return isCleanUtf8(s, /*allowBreaks=*/true);
}

// Which characters each check allows, by byte. Every byte of every item goes through one of
// these: a table lookup does not mispredict the way "digit or letter?" branches do on IDs
// and names that mix both.
enum CharClass : std::uint8_t
{
    kLowerHexChar = 1, // 0-9 a-f
    kTokenChar = 2,    // A-Z a-z 0-9 - . _ { }
    kProgramChar = 4,  // a-z 0-9 -
    kAlnumChar = 8,    // A-Z a-z 0-9
    kPidSeparator = 16 // - .
};

constexpr std::array<std::uint8_t, 256> kCharClass = [] {
    std::array<std::uint8_t, 256> t{};
    auto add = [&](std::string_view chars, std::uint8_t cls) {
        for (char c : chars)
            t[static_cast<unsigned char>(c)] |= cls;
    };
    constexpr std::string_view digits = "0123456789";
    constexpr std::string_view lower = "abcdefghijklmnopqrstuvwxyz";
    constexpr std::string_view upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    add(digits, kLowerHexChar | kTokenChar | kProgramChar | kAlnumChar);
    add("abcdef", kLowerHexChar);
    add(lower, kTokenChar | kProgramChar | kAlnumChar);
    add(upper, kTokenChar | kAlnumChar);
    add("-", kTokenChar | kProgramChar | kPidSeparator);
    add(".", kTokenChar | kPidSeparator);
    add("_{}", kTokenChar);
    return t;
}();

// Whether every byte of `s` is in `cls` (no early exit: the strings are short and bounded).
bool allIn(std::string_view s, std::uint8_t cls)
{
    std::uint8_t all = 0xff;
    for (char c : s)
        all &= kCharClass[static_cast<unsigned char>(c)];
    return (all & cls) == cls;
}

bool isToken(std::string_view s, std::size_t max)
{
    return !s.empty() && s.size() <= max && allIn(s, kTokenChar);
}

bool isProgramKey(std::string_view s)
{
    return s.size() <= 64 && allIn(s, kProgramChar);
}

// MMMMM-GGGGG-SSS-SSSSSS-LL-LLLL-BBBBB.0000-DDDYYYY, checked loosely: alphanumeric runs
// separated by single '-' or '.', at least two runs (as ActivationWs validates it). That is:
// only those characters, no separator first, last or next to another, at least one.
bool isExtendedPid(std::string_view s)
{
    if (s.empty() || s.size() > 64)
        return false;
    bool misplaced = false;
    bool previousSeparator = true; // a separator first is misplaced
    int separators = 0;
    for (char c : s) {
        const std::uint8_t cls = kCharClass[static_cast<unsigned char>(c)];
        const bool separator = (cls & kPidSeparator) != 0;
        misplaced |= !(cls & (kAlnumChar | kPidSeparator)) || (separator && previousSeparator);
        previousSeparator = separator;
        separators += separator;
    }
    return !misplaced && !previousSeparator && separators >= 1;
}

bool isPartialKey(std::string_view s)
{
    // ids::isProductKeyCharacter by byte, looked up once instead of searching the alphabet
    // for every character of every item.
    static const std::array<bool, 256> kKeyChar = [] {
        std::array<bool, 256> t{};
        for (std::size_t c = 0; c < t.size(); ++c)
            t[c] = ids::isProductKeyCharacter(static_cast<char32_t>(c));
        return t;
    }();
    if (s.size() != 5)
        return false;
    for (char c : s)
        if (!kKeyChar[static_cast<unsigned char>(c)])
            return false;
    return true;
}

} // namespace

TransferError error(Kind kind, int line, std::string item, std::string field, std::string value)
{
    TransferError e;
    e.kind = kind;
    e.line = line;
    e.item = std::move(item);
    e.field = std::move(field);
    e.value = std::move(value);
    return e;
}

bool isHex(std::string_view s)
{
    return allIn(s, kLowerHexChar);
}

bool isItemId(std::string_view s)
{
    return s.size() == 12 && isHex(s);
}

// Strict UTF-8 (no overlong forms, no surrogates) without C0 controls or DEL; free text

// The item's values as written (escaped), in field order.
std::array<std::string, kFieldCount> rawValues(const TransferItem& item)
{
    std::array<std::string, kFieldCount> v;
    v[MachineName] = escape(item.machineName);
    v[MachineId] = escape(item.machineId);
    v[Os] = escape(item.os);
    v[Simulation] = item.simulation ? "yes" : "no";
    v[Program] = escape(item.program);
    v[ActivationIdField] = item.activationId.canonical();
    v[PartialKey] = escape(item.partialKey);
    v[ExtendedPid] = escape(item.extendedPid);
    // An item without an IID (one still being made) is written with an empty field, which
    // the reader refuses, as it refused the empty digit string before the IDs were typed.
    v[InstallationIdField] = item.installationId ? item.installationId->grouped() : std::string{};
    v[RequestedAt] = formatTimestamp(item.requestedAt);
    v[Status] = statusKey(item.status);
    v[ConfirmationIdField] = item.confirmationId ? item.confirmationId->grouped() : std::string{};
    v[AnsweredBy] = escape(item.answeredBy);
    v[AnsweredAt] = item.answeredAt ? formatTimestamp(*item.answeredAt) : std::string{};
    v[Reason] = escape(item.reason);
    v[AppliedAt] = item.appliedAt ? formatTimestamp(*item.appliedAt) : std::string{};
    return v;
}

using RawValues = std::array<std::string_view, kFieldCount>;

RawValues viewsOf(const std::array<std::string, kFieldCount>& raw)
{
    RawValues v;
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = raw[i];
    return v;
}

void appendItemFields(const RawValues& raw, std::string& out)
{
    for (int i = 0; i < kFieldCount; ++i) {
        out += kFieldKeys[static_cast<std::size_t>(i)];
        out += '=';
        out += raw[static_cast<std::size_t>(i)];
        out += '\n';
    }
}

// The item's canonical form (what its digest covers), written into `out`.
void canonicalItem(std::string_view id, const RawValues& raw, std::string& out)
{
    out.clear();
    out += "item ";
    out += id;
    out += '\n';
    appendItemFields(raw, out);
}

std::string headerLine(int version)
{
    return std::string(kMagic) + ' ' + std::to_string(version);
}

std::optional<TransferError> checkItemValues(std::string_view id, int itemLine, const RawValues& raw,
                                             const FieldLines& lines, const KnownText& known,
                                             TransferItem& item)
{
    auto at = [&](int f) {
        return lines[static_cast<std::size_t>(f)] ? lines[static_cast<std::size_t>(f)] : itemLine;
    };
    auto key = [](int f) { return std::string(kFieldKeys[static_cast<std::size_t>(f)]); };
    auto invalid = [&](int f, bool echo = true) {
        return error(Kind::InvalidValue, at(f), std::string(id), key(f),
                     echo ? std::string(raw[static_cast<std::size_t>(f)]) : std::string{});
    };
    auto invalidId = [&](int f, const ids::IdError& why) {
        auto e = error(Kind::InvalidId, at(f), std::string(id), key(f));
        e.idError = why;
        return e;
    };

    if (!isItemId(id))
        return error(Kind::InvalidValue, itemLine, std::string(id), "item", std::string(id));

    // The values, unescaped. Most items have no backslash anywhere and use the raw values as
    // they are; only an item with escapes pays for copies.
    std::uint32_t escapedFields = known.escapedFields; // bit f: field f holds a backslash
    if (!known.clean) {
        escapedFields = 0;
        for (std::size_t f = 0; f < raw.size(); ++f)
            if (raw[f].find('\\') != std::string_view::npos)
                escapedFields |= 1u << f;
    }
    struct Unescaped
    {
        std::array<std::string, kFieldCount> text;
        RawValues views;
    };
    std::optional<Unescaped> unescaped;
    if (escapedFields) {
        unescaped.emplace();
        unescaped->views = raw;
        for (std::size_t f = 0; f < raw.size(); ++f) {
            if (!(escapedFields & (1u << f)))
                continue;
            auto text = unescape(raw[f]);
            if (!text)
                return error(Kind::InvalidEscape, at(static_cast<int>(f)), std::string(id),
                             key(static_cast<int>(f)));
            unescaped->text[f] = std::move(*text);
            unescaped->views[f] = unescaped->text[f];
        }
    }
    const RawValues& v = unescaped ? unescaped->views : raw;

    item.id = id;

    // Free text: clean, bounded, and never a product key. Text straight from a checked line
    // is clean already (stricter: no breaks or tabs at all); unescaped text may hold breaks.
    for (int f : {MachineName, AnsweredBy, Reason}) {
        const auto& s = v[static_cast<std::size_t>(f)];
        const std::size_t max = f == Reason ? kMaxFreeText : kMaxName;
        const bool clean = (known.clean && !(escapedFields & (1u << f))) || isCleanFreeText(s);
        if (!clean || s.size() > max)
            return invalid(f, false);
        if (looksLikeProductKey(s)) {
            auto e = invalid(f, false);
            e.detail = "product key";
            return e;
        }
    }
    if (v[MachineName].empty())
        return invalid(MachineName);
    item.machineName = v[MachineName];
    item.answeredBy = v[AnsweredBy];
    item.reason = v[Reason];

    if (!isToken(v[MachineId], kMaxToken))
        return invalid(MachineId);
    item.machineId = v[MachineId];

    if (!osFromKey(v[Os]) && v[Os] != "unknown")
        return invalid(Os);
    item.os = v[Os];

    if (v[Simulation] != "yes" && v[Simulation] != "no")
        return invalid(Simulation);
    item.simulation = v[Simulation] == "yes";

    if (!isProgramKey(v[Program]))
        return invalid(Program);
    item.program = v[Program];

    // IDs as the writer spells them are checked here in one pass; any other spelling, and
    // every wrong ID, goes through the ID parsers, which name the problem (TransferIdText.h).
    if (isCanonicalGuid(v[ActivationIdField])) {
        item.activationId = ids::ActivationId::fromCanonical(std::string(v[ActivationIdField]));
    } else {
        auto aid = ids::ActivationId::parseAscii(v[ActivationIdField]);
        if (!aid)
            return invalidId(ActivationIdField, aid.error());
        item.activationId = std::move(aid).value();
    }

    // Never echo this field: if a full key was put here, the message must not repeat it.
    if (!isPartialKey(v[PartialKey]))
        return invalid(PartialKey, false);
    item.partialKey = v[PartialKey];

    if (!isExtendedPid(v[ExtendedPid]))
        return invalid(ExtendedPid);
    item.extendedPid = v[ExtendedPid];

    std::string digits;
    if (writerSpelledInstallationId(v[InstallationIdField], digits)) {
        item.installationId = ids::InstallationId::fromCheckedDigits(std::move(digits));
    } else {
        auto iid = ids::InstallationId::parseAscii(v[InstallationIdField]);
        if (!iid)
            return invalidId(InstallationIdField, iid.error());
        item.installationId = std::move(iid).value();
    }

    auto requested = parseTimestamp(v[RequestedAt]);
    if (!requested)
        return invalid(RequestedAt);
    item.requestedAt = *requested;

    auto status = statusFromKey(v[Status]);
    if (!status)
        return invalid(Status);
    item.status = *status;

    if (v[ConfirmationIdField].empty()) {
        // no answer yet
    } else if (std::string cidDigits; writerSpelledConfirmationId(v[ConfirmationIdField], cidDigits)) {
        item.confirmationId = ids::ConfirmationId::fromCheckedDigits(std::move(cidDigits));
    } else {
        auto cid = ids::ConfirmationId::parseAscii(v[ConfirmationIdField]);
        if (!cid)
            return invalidId(ConfirmationIdField, cid.error());
        item.confirmationId = std::move(cid).value();
    }
    for (int f : {AnsweredAt, AppliedAt}) {
        const auto& s = v[static_cast<std::size_t>(f)];
        if (s.empty())
            continue;
        auto t = parseTimestamp(s);
        if (!t)
            return invalid(f);
        (f == AnsweredAt ? item.answeredAt : item.appliedAt) = *t;
    }

    // What each status requires (true) or forbids (false); fields not listed are free.
    struct Rule
    {
        int field;
        bool required;
    };
    using Rules = std::array<Rule, 5>;
    static constexpr Rules kPending = {{{ConfirmationIdField, false},
                                        {AnsweredBy, false},
                                        {AnsweredAt, false},
                                        {Reason, false},
                                        {AppliedAt, false}}};
    static constexpr Rules kAnswered = {{{ConfirmationIdField, true},
                                         {AnsweredBy, true},
                                         {AnsweredAt, true},
                                         {Reason, false},
                                         {AppliedAt, false}}};
    static constexpr Rules kFailed = {{{ConfirmationIdField, false},
                                       {AnsweredBy, true},
                                       {AnsweredAt, true},
                                       {Reason, true},
                                       {AppliedAt, false}}};
    static constexpr Rules kApplied = {{{ConfirmationIdField, true},
                                        {AnsweredBy, true},
                                        {AnsweredAt, true},
                                        {Reason, false},
                                        {AppliedAt, true}}};
    const Rules* rulesFor = &kPending;
    switch (item.status) {
    case ItemStatus::Pending:
        rulesFor = &kPending;
        break;
    case ItemStatus::Answered:
        rulesFor = &kAnswered;
        break;
    case ItemStatus::Failed:
        rulesFor = &kFailed;
        break;
    case ItemStatus::Applied:
        rulesFor = &kApplied;
        break;
    }
    const Rules& rules = *rulesFor;
    for (const auto& r : rules) {
        if (v[static_cast<std::size_t>(r.field)].empty() == r.required) {
            auto e = error(Kind::InconsistentStatus, at(r.field), std::string(id), key(r.field),
                           statusKey(item.status));
            e.expected = r.required ? 1 : 0;
            return e;
        }
    }
    return std::nullopt;
}

} // namespace actdesk::transfer::detail
