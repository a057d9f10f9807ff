// SPDX-License-Identifier: MIT
// The transfer file reader as it was before the single-pass reader (core/transfer at
// 6d351a1, TransferFormat.cpp, writer removed), kept verbatim as a test oracle: one check
// per rule, every item digest verified when its item ends. transfer_tests, the fuzz replay
// and the libFuzzer target compare the production reader with it on every input: the same
// items, or the same first problem (kind, line, item, field, ID error, "also").
#include "ReferenceTransferReader.h"

#include "common/OsFamily.h"
#include "ids/ActivationId.h"
#include "ids/ConfirmationId.h"
#include "ids/InstallationId.h"
#include "ids/ProductKey.h"
#include "transfer/TransferDigest.h"
#include "transfer/TransferFormat.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <unordered_set>

namespace actdesk::transfer::reference {

namespace {

using Kind = TransferError::Kind;

// The fields of an item, in the order they are written and digested.
enum Field
{
    MachineName,
    MachineId,
    Os,
    Simulation,
    Program,
    ActivationIdField,
    PartialKey,
    ExtendedPid,
    InstallationIdField,
    RequestedAt,
    Status,
    ConfirmationIdField,
    AnsweredBy,
    AnsweredAt,
    Reason,
    AppliedAt,
    kFieldCount
};

constexpr std::array<std::string_view, kFieldCount> kFieldKeys = {
    "machine-name",    "machine-id",    "os",          "simulation",
    "program",         "activation-id", "partial-key", "extended-pid",
    "installation-id", "requested-at",  "status",      "confirmation-id",
    "answered-by",     "answered-at",   "reason",      "applied-at",
};
constexpr std::string_view kItemDigestKey = "item-sha256";
constexpr std::string_view kCountKey = "items";
constexpr std::string_view kFileDigestKey = "sha256";
constexpr std::string_view kItemHeaderOpen = "[item ";

constexpr std::size_t kMaxFreeText = 1024;
constexpr std::size_t kMaxName = 256;
constexpr std::size_t kMaxToken = 128;

// `hint` is the field most likely to come next (the writer's order), tried first.
int fieldIndex(std::string_view key, int hint = 0)
{
    if (hint >= 0 && hint < kFieldCount && kFieldKeys[static_cast<std::size_t>(hint)] == key)
        return hint;
    for (int i = 0; i < kFieldCount; ++i)
        if (kFieldKeys[static_cast<std::size_t>(i)] == key)
            return i;
    return -1;
}

TransferError error(Kind kind, int line, std::string item = {}, std::string field = {},
                    std::string value = {})
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
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

bool isItemId(std::string_view s)
{
    return s.size() == 12 && isHex(s);
}

// Strict UTF-8 (no overlong forms, no surrogates) without C0 controls or DEL; free text
// (`allowBreaks`) may also hold line feeds, carriage returns and tabs.
bool isCleanUtf8(std::string_view s, bool allowBreaks = false)
{
    std::size_t i = 0;
    // Fast path, eight bytes at a time, while they are all printable ASCII (0x20..0x7E): true
    // when no byte is >= 0x80, none is < 0x20 and none is 0x7F. The byte loop below decides
    // everything else, exactly as before.
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    while (i + 8 <= s.size()) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        const std::uint64_t below20 = (x - 0x20 * kOnes) & ~x & kHigh;
        const std::uint64_t y = x ^ (0x7f * kOnes);
        const std::uint64_t is7f = (y - kOnes) & ~y & kHigh;
        if ((x & kHigh) || below20 || is7f)
            break;
        i += 8;
    }
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if ((c < 0x20 || c == 0x7f) && !(allowBreaks && (c == '\n' || c == '\r' || c == '\t')))
                return false;
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1;
            cp = c & 0x1f;
            min = 0x80;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            cp = c & 0x0f;
            min = 0x800;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + static_cast<std::size_t>(extra) >= s.size())
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
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

bool isToken(std::string_view s, std::size_t max)
{
    if (s.empty() || s.size() > max)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
              c == '.' || c == '_' || c == '{' || c == '}'))
            return false;
    return true;
}

bool isProgramKey(std::string_view s)
{
    if (s.size() > 64)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-'))
            return false;
    return true;
}

// MMMMM-GGGGG-SSS-SSSSSS-LL-LLLL-BBBBB.0000-DDDYYYY, checked loosely: alphanumeric runs
// separated by single '-' or '.', at least two runs (as ActivationWs validates it).
bool isExtendedPid(std::string_view s)
{
    if (s.empty() || s.size() > 64)
        return false;
    bool inRun = false;
    int runs = 0;
    for (char c : s) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (alnum) {
            if (!inRun)
                ++runs;
            inRun = true;
        } else if (c == '-' || c == '.') {
            if (!inRun)
                return false;
            inRun = false;
        } else {
            return false;
        }
    }
    return inRun && runs >= 2;
}

bool isPartialKey(std::string_view s)
{
    if (s.size() != 5)
        return false;
    for (char c : s)
        if (!ids::isProductKeyCharacter(static_cast<char32_t>(static_cast<unsigned char>(c))))
            return false;
    return true;
}

using RawValues = std::array<std::string_view, kFieldCount>;

// The item's canonical form (what its digest covers), written into `out`.
void canonicalItem(std::string_view id, const RawValues& raw, std::string& out)
{
    out.clear();
    out += "item ";
    out += id;
    out += '\n';
    for (int i = 0; i < kFieldCount; ++i) {
        out += kFieldKeys[static_cast<std::size_t>(i)];
        out += '=';
        out += raw[static_cast<std::size_t>(i)];
        out += '\n';
    }
}

std::string headerLine(int version)
{
    return std::string(kMagic) + ' ' + std::to_string(version);
}

// An item as read: raw (escaped) values and the line each came from, as views into the
// file's text (which outlives the parse).
struct RawItem
{
    std::string_view id;
    int line = 0;
    RawValues raw;
    std::array<int, kFieldCount> lines{};
    std::string_view digest;
    int digestLine = 0;
};

// Checks every value of an item and builds it. `lines` (may be all 0) name where each
// field was; `fallbackLine` is used when a field has no line of its own.
Result<TransferItem, TransferError> itemFromValues(std::string_view id, int itemLine, const RawValues& raw,
                                                   const std::array<int, kFieldCount>& lines)
{
    auto at = [&](int f) {
        return lines[static_cast<std::size_t>(f)] ? lines[static_cast<std::size_t>(f)] : itemLine;
    };
    auto key = [](int f) { return std::string(kFieldKeys[static_cast<std::size_t>(f)]); };
    auto invalid = [&](int f, bool echo = true) {
        return error(Kind::InvalidValue, at(f), std::string(id), key(f),
                     echo ? std::string(raw[static_cast<std::size_t>(f)]) : std::string{});
    };

    if (!isItemId(id))
        return fail(error(Kind::InvalidValue, itemLine, std::string(id), "item", std::string(id)));

    // The values, unescaped: most have no backslash and are used as they are.
    std::array<std::string, kFieldCount> unescaped;
    RawValues v;
    for (std::size_t f = 0; f < v.size(); ++f) {
        if (raw[f].find('\\') == std::string_view::npos) {
            v[f] = raw[f];
            continue;
        }
        auto text = unescape(raw[f]);
        if (!text)
            return fail(error(Kind::InvalidEscape, at(static_cast<int>(f)), std::string(id),
                              key(static_cast<int>(f))));
        unescaped[f] = std::move(*text);
        v[f] = unescaped[f];
    }

    TransferItem item;
    item.id = id;
    item.line = itemLine;

    // Free text: clean, bounded, and never a product key.
    for (int f : {MachineName, AnsweredBy, Reason}) {
        const auto& s = v[static_cast<std::size_t>(f)];
        const std::size_t max = f == Reason ? kMaxFreeText : kMaxName;
        if (!isCleanFreeText(s) || s.size() > max)
            return fail(invalid(f, false));
        if (looksLikeProductKey(s)) {
            auto e = invalid(f, false);
            e.detail = "product key";
            return fail(e);
        }
    }
    if (v[MachineName].empty())
        return fail(invalid(MachineName));
    item.machineName = v[MachineName];
    item.answeredBy = v[AnsweredBy];
    item.reason = v[Reason];

    if (!isToken(v[MachineId], kMaxToken))
        return fail(invalid(MachineId));
    item.machineId = v[MachineId];

    if (!osFromKey(v[Os]) && v[Os] != "unknown")
        return fail(invalid(Os));
    item.os = v[Os];

    if (v[Simulation] != "yes" && v[Simulation] != "no")
        return fail(invalid(Simulation));
    item.simulation = v[Simulation] == "yes";

    if (!isProgramKey(v[Program]))
        return fail(invalid(Program));
    item.program = v[Program];

    auto aid = ids::ActivationId::parseAscii(v[ActivationIdField]);
    if (!aid) {
        auto e = error(Kind::InvalidId, at(ActivationIdField), std::string(id), key(ActivationIdField));
        e.idError = aid.error();
        return fail(e);
    }
    item.activationId = aid.value();

    // Never echo this field: if a full key was put here, the message must not repeat it.
    if (!isPartialKey(v[PartialKey]))
        return fail(invalid(PartialKey, false));
    item.partialKey = v[PartialKey];

    if (!isExtendedPid(v[ExtendedPid]))
        return fail(invalid(ExtendedPid));
    item.extendedPid = v[ExtendedPid];

    auto iid = ids::InstallationId::parseAscii(v[InstallationIdField]);
    if (!iid) {
        auto e = error(Kind::InvalidId, at(InstallationIdField), std::string(id), key(InstallationIdField));
        e.idError = iid.error();
        return fail(e);
    }
    item.installationId = iid.value();

    auto requested = parseTimestamp(v[RequestedAt]);
    if (!requested)
        return fail(invalid(RequestedAt));
    item.requestedAt = *requested;

    auto status = statusFromKey(v[Status]);
    if (!status)
        return fail(invalid(Status));
    item.status = *status;

    if (!v[ConfirmationIdField].empty()) {
        auto cid = ids::ConfirmationId::parseAscii(v[ConfirmationIdField]);
        if (!cid) {
            auto e =
                error(Kind::InvalidId, at(ConfirmationIdField), std::string(id), key(ConfirmationIdField));
            e.idError = cid.error();
            return fail(e);
        }
        item.confirmationId = cid.value();
    }
    for (int f : {AnsweredAt, AppliedAt}) {
        const auto& s = v[static_cast<std::size_t>(f)];
        if (s.empty())
            continue;
        auto t = parseTimestamp(s);
        if (!t)
            return fail(invalid(f));
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
            return fail(e);
        }
    }
    return item;
}

// Splits the text into lines on '\n', dropping a '\r' before it.
class LineReader
{
  public:
    explicit LineReader(std::string_view text) : m_text(text) {}
    bool next(std::string_view& line)
    {
        if (m_pos >= m_text.size())
            return false;
        const auto end = m_text.find('\n', m_pos);
        const auto stop = end == std::string_view::npos ? m_text.size() : end;
        line = m_text.substr(m_pos, stop - m_pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        m_pos = stop + 1;
        ++m_number;
        return true;
    }
    int number() const { return m_number; }

  private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_number = 0;
};

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(' ') == std::string_view::npos;
}

std::optional<long long> parseCount(std::string_view s)
{
    if (s.empty() || s.size() > 9)
        return std::nullopt;
    long long n = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), n);
    if (r.ec != std::errc{} || r.ptr != s.data() + s.size())
        return std::nullopt;
    return n;
}

// The last line that is neither blank nor a comment, and its 1-based number (as LineReader
// counts lines: a final line feed does not start another line).
std::pair<std::string_view, int> lastContentLine(std::string_view text)
{
    // Walk back from the end over blank and comment lines; the line count comes from one
    // memchr-speed count of line feeds before the line found.
    std::size_t end = text.size();
    if (end > 0 && text[end - 1] == '\n')
        --end; // the final line feed ends the last line
    while (true) {
        const auto nl = end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
        const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
        std::string_view line = text.substr(begin, end - begin);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!isBlank(line) && line.front() != '#') {
            int before = 0;
            for (const char* p = text.data();
                 (p = static_cast<const char*>(
                      std::memchr(p, '\n', static_cast<std::size_t>(text.data() + begin - p))));
                 ++p)
                ++before;
            return {line, before + 1};
        }
        if (begin == 0)
            return {std::string_view{}, 0};
        end = begin - 1;
    }
}

bool isDigestLine(std::string_view line)
{
    if (!line.starts_with(kFileDigestKey) || line.size() != kFileDigestKey.size() + 1 + 64 ||
        line[kFileDigestKey.size()] != '=')
        return false;
    return isHex(line.substr(kFileDigestKey.size() + 1));
}

} // namespace

bool looksLikeProductKey(std::string_view text)
{
    // Product-key characters, either case, by byte.
    static const std::array<bool, 256> kKeyChar = [] {
        std::array<bool, 256> t{};
        for (int c = 0; c < 256; ++c) {
            const int up = (c >= 'a' && c <= 'z') ? c - 32 : c;
            t[static_cast<std::size_t>(c)] = ids::isProductKeyCharacter(static_cast<char32_t>(up));
        }
        return t;
    }();
    auto keyChar = [](char c) { return kKeyChar[static_cast<unsigned char>(c)]; };
    // Count key characters in runs, allowing single '-' or ' ' between groups of five.
    for (std::size_t start = 0; start < text.size(); ++start) {
        if (!keyChar(text[start]))
            continue;
        int count = 0;
        int inGroup = 0;
        std::size_t i = start;
        while (i < text.size()) {
            if (keyChar(text[i])) {
                ++count;
                ++inGroup;
                if (count == 25)
                    return true;
                ++i;
            } else if ((text[i] == '-' || text[i] == ' ') && inGroup == 5 && i + 1 < text.size() &&
                       keyChar(text[i + 1])) {
                inGroup = 0;
                ++i;
            } else {
                break;
            }
        }
    }
    return false;
}

Result<TransferFile, TransferError> parseTransferFile(QByteArrayView bytes)
{
    if (bytes.size() > kMaxFileBytes) {
        auto e = error(Kind::TooLarge, 0);
        e.found = bytes.size();
        e.expected = kMaxFileBytes;
        return fail(e);
    }
    std::string_view text(bytes.data(), static_cast<std::size_t>(bytes.size()));
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);

    // 1. The header: magic and version.
    {
        const auto firstEnd = text.find('\n');
        std::string_view first = text.substr(0, std::min<std::size_t>(firstEnd, kMaxLineBytes));
        if (!first.empty() && first.back() == '\r')
            first.remove_suffix(1);
        const std::string prefix = std::string(kMagic) + ' ';
        if (!first.starts_with(prefix))
            return fail(error(Kind::NotATransferFile, 1));
        auto version = parseCount(first.substr(prefix.size()));
        if (!version)
            return fail(error(Kind::NotATransferFile, 1));
        if (*version > kFormatVersion) {
            auto e = error(Kind::NewerVersion, 1);
            e.version = static_cast<int>(*version);
            return fail(e);
        }
        if (*version < 1) {
            auto e = error(Kind::UnsupportedVersion, 1);
            e.version = static_cast<int>(*version);
            return fail(e);
        }
    }

    // 2. Truncation: a complete file ends with its digest line.
    {
        const auto [last, number] = lastContentLine(text);
        if (!isDigestLine(last))
            return fail(error(Kind::Truncated, number));
    }

    // 3. Line by line.
    TransferFile file;
    {
        std::size_t headers = 0;
        for (auto at = text.find("\n[item "); at != std::string_view::npos;
             at = text.find("\n[item ", at + 1))
            ++headers;
        file.items.reserve(headers);
    }
    LineReader reader(text);
    std::string_view line;
    reader.next(line); // the header, checked above
    std::optional<RawItem> current;
    std::unordered_set<std::string_view> seenIds;
    seenIds.reserve(file.items.capacity());
    std::string canonical; // reused for every item
    canonical.reserve(1024);
    std::string digestLine; // "<item digest>\n", for the file digest
    digestLine.reserve(80);
    int nextField = 0; // the field expected next, in the writer's order
    // The file digest covers the header, every item's digest in order, and the count.
    Sha256 fileHash;
    fileHash.add(headerLine(kFormatVersion) + '\n');
    std::optional<long long> declaredCount;
    int countLine = 0;
    bool done = false;

    auto finishItem = [&]() -> Result<void, TransferError> {
        if (!current)
            return {};
        RawItem& r = *current;
        for (int f = 0; f < kFieldCount; ++f)
            if (!r.lines[static_cast<std::size_t>(f)])
                return fail(error(Kind::MissingField, r.line, std::string(r.id),
                                  std::string(kFieldKeys[static_cast<std::size_t>(f)])));
        if (!r.digestLine)
            return fail(error(Kind::MissingField, r.line, std::string(r.id), std::string(kItemDigestKey)));
        canonicalItem(r.id, r.raw, canonical);
        if (!sha256HexEquals(canonical, r.digest)) {
            auto e = error(Kind::ItemDigestMismatch, r.line, std::string(r.id));
            auto values = itemFromValues(r.id, r.line, r.raw, r.lines);
            if (!values)
                e.also.push_back(values.error());
            return fail(e);
        }
        auto item = itemFromValues(r.id, r.line, r.raw, r.lines);
        if (!item)
            return fail(item.error());
        digestLine.assign(r.digest).push_back('\n');
        fileHash.add(digestLine);
        file.items.push_back(std::move(item).value());
        current.reset();
        return {};
    };

    while (reader.next(line)) {
        const int n = reader.number();
        if (line.size() > static_cast<std::size_t>(kMaxLineBytes))
            return fail(error(Kind::LineTooLong, n));
        if (!isCleanUtf8(line))
            return fail(error(Kind::InvalidText, n));
        if (isBlank(line) || line.front() == '#')
            continue;
        if (done)
            return fail(error(Kind::TrailingData, n));

        if (line.starts_with(kItemHeaderOpen)) {
            if (declaredCount)
                return fail(error(Kind::TrailingData, n));
            if (!line.ends_with(']'))
                return fail(error(Kind::Syntax, n));
            const std::string_view id =
                line.substr(kItemHeaderOpen.size(), line.size() - kItemHeaderOpen.size() - 1);
            if (!isItemId(id))
                return fail(error(Kind::InvalidValue, n, std::string(id), "item", std::string(id)));
            if (auto finished = finishItem(); !finished)
                return fail(finished.error());
            if (!seenIds.insert(id).second)
                return fail(error(Kind::DuplicateItem, n, std::string(id)));
            current = RawItem{};
            current->id = id;
            current->line = n;
            continue;
        }

        const auto eq = line.find('=');
        if (eq == std::string_view::npos || line.front() == '[')
            return fail(error(Kind::Syntax, n));
        const std::string_view key = line.substr(0, eq);
        const std::string_view value = line.substr(eq + 1);

        if (key == kCountKey) {
            if (declaredCount)
                return fail(error(Kind::DuplicateField, n, {}, std::string(kCountKey)));
            if (auto finished = finishItem(); !finished)
                return fail(finished.error());
            declaredCount = parseCount(value);
            if (!declaredCount)
                return fail(error(Kind::InvalidValue, n, {}, std::string(kCountKey), std::string(value)));
            countLine = n;
            continue;
        }
        if (key == kFileDigestKey) {
            if (!declaredCount)
                return fail(error(Kind::Syntax, n));
            if (*declaredCount != static_cast<long long>(file.items.size())) {
                auto e = error(Kind::ItemCountMismatch, countLine);
                e.expected = *declaredCount;
                e.found = static_cast<long long>(file.items.size());
                return fail(e);
            }
            fileHash.add(std::string(kCountKey) + '=' + std::to_string(*declaredCount) + '\n');
            if (fileHash.hex() != value)
                return fail(error(Kind::FileDigestMismatch, n));
            done = true;
            continue;
        }
        if (declaredCount)
            return fail(error(Kind::TrailingData, n));
        if (!current)
            return fail(error(Kind::FieldOutsideItem, n, {}, std::string(key)));
        if (key == kItemDigestKey) {
            if (current->digestLine)
                return fail(error(Kind::DuplicateField, n, std::string(current->id), std::string(key)));
            current->digest = value;
            current->digestLine = n;
            continue;
        }
        const int f = fieldIndex(key, nextField);
        nextField = f + 1;
        if (f < 0)
            return fail(error(Kind::UnknownField, n, std::string(current->id), std::string(key)));
        if (current->lines[static_cast<std::size_t>(f)])
            return fail(error(Kind::DuplicateField, n, std::string(current->id), std::string(key)));
        // Escapes are checked with the other values, naming this line (itemFromValues).
        current->raw[static_cast<std::size_t>(f)] = value;
        current->lines[static_cast<std::size_t>(f)] = n;
    }
    if (!done) // the last content line is a digest line, so this is a malformed layout
        return fail(error(Kind::Syntax, reader.number()));
    return file;
}

} // namespace actdesk::transfer::reference
