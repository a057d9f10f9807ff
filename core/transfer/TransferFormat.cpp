// SPDX-License-Identifier: MIT
// Writing transfer files, and the checks the writer shares with the reader
// (TransferReader.cpp reads; TransferValues.cpp checks values).
#include "transfer/TransferFormat.h"

#include "ids/ProductKey.h"
#include "transfer/TransferDigest.h"
#include "transfer/TransferValues.h"

#include <array>

namespace actdesk::transfer {

using namespace detail;

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
    if (text.size() < 25) // too short to hold 25 key characters
        return false;
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

Result<void, TransferError> validateItem(const TransferItem& item)
{
    const auto raw = rawValues(item);
    TransferItem checked;
    if (auto problem = checkItemValues(item.id, item.line, viewsOf(raw), {}, KnownText{}, checked))
        return fail(std::move(*problem));
    return {};
}

QByteArray serializeTransferFile(const TransferFile& file)
{
    std::string out;
    out.reserve(file.items.size() * 900 + 512);
    const std::string header = headerLine(kFormatVersion);
    out += header;
    out += '\n';
    out += "# Activation Desk transfer file: Windows ESU activation requests and their answers,\n"
           "# for one or more machines. Plain UTF-8 text, but change it only with Activation Desk\n"
           "# (actdesk export / import / desk): a SHA-256 digest protects every item and the file.\n"
           "# Format: docs/transfer-format.md. Full product keys are never written here.\n";
    Sha256 fileHash;
    fileHash.add(header + '\n');
    std::string canonical;
    for (const auto& item : file.items) {
        const auto raw = rawValues(item);
        const auto fields = viewsOf(raw);
        canonicalItem(item.id, fields, canonical);
        const std::string digest = sha256Hex(canonical);
        fileHash.add(digest);
        fileHash.add("\n");
        out += "\n[item ";
        out += item.id;
        out += "]\n";
        appendItemFields(fields, out); // the very lines the digest covers
        out += kItemDigestKey;
        out += '=';
        out += digest;
        out += '\n';
    }
    const std::string count = std::string(kCountKey) + '=' + std::to_string(file.items.size()) + '\n';
    fileHash.add(count);
    out += '\n';
    out += count;
    out += kFileDigestKey;
    out += '=';
    out += fileHash.hex();
    out += '\n';
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace actdesk::transfer
