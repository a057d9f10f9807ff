// SPDX-License-Identifier: MIT
// Reading a transfer file (docs/transfer-format.md, "Reading: what is checked, in order").
// One pass over the lines: each line's bytes are checked as it is split off
// (TransferLines.h), the writer's next field is recognised without a search, an item
// written as the writer writes it is digested straight from the file's bytes, and its
// values are checked as they are stored into the item (TransferValues.h).
#include "transfer/TransferReader.h"

#include "transfer/TransferDigest.h"
#include "transfer/TransferFormat.h"
#include "transfer/TransferItemDigests.h"
#include "transfer/TransferItemIds.h"
#include "transfer/TransferLines.h"
#include "transfer/TransferValues.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

namespace actdesk::transfer {

namespace detail {

namespace {

using Kind = TransferError::Kind;

// A complete item takes at least this many bytes (its header line: 20, the 16 field lines
// with their shortest valid values: 321, its digest line: 77): no file can hold more items
// than its size / this.
constexpr std::size_t kMinItemBytes = 400;
// What an answered item usually takes; the item list is reserved for size / this.
constexpr std::size_t kTypicalItemBytes = 512;

// "key=" of every field as two little-endian 64-bit words with masks (the longest,
// "installation-id=" and "confirmation-id=", take all 16 bytes), so that recognising the
// field the writer puts next is two compares instead of a call to memcmp.
struct KeyPrefix
{
    std::array<std::uint64_t, 2> word{};
    std::array<std::uint64_t, 2> mask{};
    std::size_t size = 0;
};

constexpr std::array<KeyPrefix, kFieldCount> kKeyPrefixes = [] {
    std::array<KeyPrefix, kFieldCount> prefixes{};
    for (std::size_t f = 0; f < prefixes.size(); ++f) {
        const std::string_view key = kFieldKeys[f];
        KeyPrefix& p = prefixes[f];
        p.size = key.size() + 1;
        for (std::size_t i = 0; i < p.size; ++i) {
            const auto byte = static_cast<unsigned char>(i < key.size() ? key[i] : '=');
            p.word[i / 8] |= std::uint64_t{byte} << (8 * (i % 8));
            p.mask[i / 8] |= std::uint64_t{0xff} << (8 * (i % 8));
        }
    }
    return prefixes;
}();
static_assert(std::all_of(kFieldKeys.begin(), kFieldKeys.end(),
                          [](std::string_view k) { return k.size() < 16; }));

// Whether `line` starts with field `f`'s key and '=' (the key is what comes before the
// first '=', so that is the line's key).
bool startsWithKey(std::string_view line, int f)
{
    const KeyPrefix& k = kKeyPrefixes[static_cast<std::size_t>(f)];
    if constexpr (std::endian::native == std::endian::little) {
        if (line.size() >= 16) {
            std::uint64_t w0 = 0;
            std::uint64_t w1 = 0;
            std::memcpy(&w0, line.data(), 8);
            std::memcpy(&w1, line.data() + 8, 8);
            return ((w0 ^ k.word[0]) & k.mask[0]) == 0 && ((w1 ^ k.word[1]) & k.mask[1]) == 0;
        }
    }
    const std::string_view key = kFieldKeys[static_cast<std::size_t>(f)];
    return line.size() > key.size() && line[key.size()] == '=' && line.starts_with(key);
}

// `hint` is the field most likely to come next (the writer's order), tried first.
int fieldIndex(std::string_view key, int hint)
{
    if (hint >= 0 && hint < kFieldCount && kFieldKeys[static_cast<std::size_t>(hint)] == key)
        return hint;
    for (int i = 0; i < kFieldCount; ++i)
        if (kFieldKeys[static_cast<std::size_t>(i)] == key)
            return i;
    return -1;
}

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

// The last line that is neither blank nor a comment, and where it starts (npos: none).
std::pair<std::string_view, std::size_t> lastContentLine(std::string_view text)
{
    // Walk back from the end over blank and comment lines.
    std::size_t end = text.size();
    if (end > 0 && text[end - 1] == '\n')
        --end; // the final line feed ends the last line
    while (true) {
        const auto nl = end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
        const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
        std::string_view line = text.substr(begin, end - begin);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!isBlank(line) && line.front() != '#')
            return {line, begin};
        if (begin == 0)
            return {std::string_view{}, std::string_view::npos};
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

// "items=N\n", as the file digest covers it.
std::string countText(long long count)
{
    return std::string(kCountKey) + '=' + std::to_string(count) + '\n';
}

// The item being read: raw (escaped) values and the line each came from, as views into the
// file's text (which outlives the parse).
struct OpenItem
{
    std::string_view id;
    int line = 0;
    RawValues raw;
    FieldLines lines{};
    std::string_view digest;
    int digestLine = 0;
    // While the fields come in canonical order, each on the line right after the previous
    // one and ended by a bare line feed, the file's bytes from the first field line to the
    // end of the last are the item's canonical form after "item <id>\n": it is digested
    // from there instead of being copied together first.
    std::uint32_t escapedFields = 0; // bit f: field f's line holds a backslash
    int fieldsInOrder = 0;
    bool bodyIsCanonical = true;
    std::size_t bodyBegin = 0;
    std::size_t bodyEnd = 0;
};

// Reads the items, the count and the file digest. The header and the closing digest line
// were checked by the caller. With `digestsOnWorker`, a failed read may not name the first
// problem (a damaged item before it is only found at the end): the caller reads again.
Result<TransferFile, TransferError> readItems(std::string_view text, bool digestsOnWorker)
{
    TransferFile file;
    file.items.reserve(text.size() / kTypicalItemBytes + 1);
    // Duplicate ids: found at once in order (the line that repeats an id is named); on the
    // fast path only collected, and looked for by sorting at the end: a hash table of every
    // id costs a cache miss per item in a large file.
    std::optional<ItemIdSet> seenIds;
    std::vector<std::uint64_t> ids;
    if (digestsOnWorker)
        ids.reserve(text.size() / kMinItemBytes + 1);
    else
        seenIds.emplace(file.items.capacity());
    std::optional<ItemDigestVerifier> verifier; // it also takes the file digest
    if (digestsOnWorker)
        verifier.emplace(text.size() / kMinItemBytes + 1, headerLine(kFormatVersion));
    std::string canonical; // an item not digestible in place is copied together here
    canonical.reserve(1024);

    // The file digest covers the header, every item's digest in order, and the count.
    Sha256 fileHash;
    if (!verifier)
        fileHash.add(headerLine(kFormatVersion) + '\n');
    std::string_view fileDigest; // the sha256 value, when the verifier checks it
    std::optional<long long> declaredCount;
    int countLine = 0;
    bool done = false;

    std::optional<OpenItem> current;
    int nextField = 0; // the field expected next, in the writer's order

    auto finishItem = [&]() -> std::optional<TransferError> {
        if (!current)
            return std::nullopt;
        const OpenItem& r = *current;
        for (int f = 0; f < kFieldCount; ++f)
            if (!r.lines[static_cast<std::size_t>(f)])
                return error(Kind::MissingField, r.line, std::string(r.id),
                             std::string(kFieldKeys[static_cast<std::size_t>(f)]));
        if (!r.digestLine)
            return error(Kind::MissingField, r.line, std::string(r.id), std::string(kItemDigestKey));

        const KnownText known{/*clean=*/true, r.escapedFields}; // every line was checked
        const bool inPlace = r.bodyIsCanonical && r.fieldsInOrder == kFieldCount;
        const ItemDigestJob job{r.id, text.substr(r.bodyBegin, r.bodyEnd - r.bodyBegin), r.digest};
        if (inPlace && verifier) {
            verifier->add(job);
        } else {
            // Not in the writer's layout (CRLF, comments, another order): copied together.
            bool matches = false;
            if (inPlace) {
                matches = itemDigestMatches(job);
            } else {
                canonicalItem(r.id, r.raw, canonical);
                matches = sha256HexEquals(canonical, r.digest);
            }
            if (!matches) {
                auto e = error(Kind::ItemDigestMismatch, r.line, std::string(r.id));
                TransferItem scratch;
                if (auto values = checkItemValues(r.id, r.line, r.raw, r.lines, known, scratch))
                    e.also.push_back(std::move(*values));
                return e;
            }
        }

        TransferItem& item = file.items.emplace_back();
        if (auto bad = checkItemValues(r.id, r.line, r.raw, r.lines, known, item)) {
            file.items.pop_back();
            return bad;
        }
        item.line = r.line;
        if (verifier) {
            if (!inPlace)
                verifier->add({r.id, {}, r.digest, /*verified=*/true});
        } else {
            fileHash.add(r.digest);
            fileHash.add("\n");
        }
        current.reset();
        return std::nullopt;
    };

    LineScanner lines(text);
    ScannedLine scanned;
    lines.next(scanned); // the header, checked by the caller
    while (true) {
        const std::size_t lineStart = lines.position();
        if (!lines.next(scanned))
            break;
        const std::string_view line = scanned.text;
        const int n = lines.number();
        if (line.size() > static_cast<std::size_t>(kMaxLineBytes))
            return fail(error(Kind::LineTooLong, n));
        if (!scanned.clean)
            return fail(error(Kind::InvalidText, n));
        if (isBlank(line) || line.front() == '#')
            continue;
        if (done)
            return fail(error(Kind::TrailingData, n));

        int f = -1;
        std::string_view key;
        std::string_view value;
        // The writer's next field: "key=" at the start of the line says all the general path
        // below would find out (not an item header, not the footer, a known field).
        if (current && !declaredCount && nextField < kFieldCount) {
            if (startsWithKey(line, nextField)) {
                f = nextField;
                key = kFieldKeys[static_cast<std::size_t>(nextField)];
                value = line.substr(key.size() + 1);
            }
        }

        if (f < 0) {
            if (line.starts_with(kItemHeaderOpen)) {
                if (declaredCount)
                    return fail(error(Kind::TrailingData, n));
                if (!line.ends_with(']'))
                    return fail(error(Kind::Syntax, n));
                const std::string_view id =
                    line.substr(kItemHeaderOpen.size(), line.size() - kItemHeaderOpen.size() - 1);
                if (!isItemId(id))
                    return fail(error(Kind::InvalidValue, n, std::string(id), "item", std::string(id)));
                if (auto problem = finishItem())
                    return fail(std::move(*problem));
                if (!seenIds)
                    ids.push_back(itemIdValue(id));
                else if (!seenIds->insert(id))
                    return fail(error(Kind::DuplicateItem, n, std::string(id)));
                current.emplace();
                current->id = id;
                current->line = n;
                nextField = 0;
                continue;
            }

            const auto eq = line.find('=');
            if (eq == std::string_view::npos || line.front() == '[')
                return fail(error(Kind::Syntax, n));
            key = line.substr(0, eq);
            value = line.substr(eq + 1);

            if (key == kCountKey) {
                if (declaredCount)
                    return fail(error(Kind::DuplicateField, n, {}, std::string(kCountKey)));
                if (auto problem = finishItem())
                    return fail(std::move(*problem));
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
                if (verifier) {
                    fileDigest = value;
                } else {
                    fileHash.add(countText(*declaredCount));
                    if (fileHash.hex() != value)
                        return fail(error(Kind::FileDigestMismatch, n));
                }
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
            f = fieldIndex(key, nextField);
            if (f < 0)
                return fail(error(Kind::UnknownField, n, std::string(current->id), std::string(key)));
        }

        OpenItem& item = *current;
        const auto slot = static_cast<std::size_t>(f);
        if (item.lines[slot])
            return fail(error(Kind::DuplicateField, n, std::string(item.id), std::string(key)));
        // Escapes are checked with the other values, naming this line (checkItemValues).
        item.raw[slot] = value;
        item.lines[slot] = n;
        if (scanned.hasBackslash) // in the value: no key holds one
            item.escapedFields |= 1u << f;
        nextField = f + 1;
        if (item.bodyIsCanonical) {
            const bool follows = f == 0 || lineStart == item.bodyEnd;
            if (f == item.fieldsInOrder && follows && scanned.endsWithLf) {
                if (f == 0)
                    item.bodyBegin = lineStart;
                item.bodyEnd = lines.position();
                ++item.fieldsInOrder;
            } else {
                item.bodyIsCanonical = false;
            }
        }
    }
    if (!done) // the last content line is a digest line, so this is a malformed layout
        return fail(error(Kind::Syntax, lines.number()));
    // Which item, or the file digest, and whether something comes before it: the caller
    // reads the file again in order to say.
    if (verifier && (!verifier->allMatch(countText(*declaredCount), fileDigest) || hasDuplicate(ids)))
        return fail(error(Kind::ItemDigestMismatch, 0));
    return file;
}

} // namespace

Result<TransferFile, TransferError> parseTransferFile(QByteArrayView bytes, DigestThread digests)
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
        const auto [last, begin] = lastContentLine(text);
        if (!isDigestLine(last)) {
            // Its number, as LineScanner counts lines (only a truncated file needs it).
            const int number =
                begin == std::string_view::npos
                    ? 0
                    : static_cast<int>(
                          std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(begin), '\n')) +
                          1;
            return fail(error(Kind::Truncated, number));
        }
    }

    // 3. Line by line.
    // A second thread only helps with a second core to run it.
    const bool onWorker = digests == DigestThread::Worker ||
                          (digests == DigestThread::Auto && bytes.size() >= kDigestThreadFromBytes &&
                           std::thread::hardware_concurrency() > 1);
    if (onWorker) {
        if (auto read = readItems(text, /*digestsOnWorker=*/true))
            return read;
        // Something is wrong. Reading again with each digest checked when its item ends
        // names the first problem exactly as it always did (a damaged item before a later
        // syntax error, the digest before the values). Only damaged files pay for this.
    }
    return readItems(text, /*digestsOnWorker=*/false);
}

} // namespace detail

Result<TransferFile, TransferError> parseTransferFile(QByteArrayView bytes)
{
    return detail::parseTransferFile(bytes, detail::DigestThread::Auto);
}

} // namespace actdesk::transfer
