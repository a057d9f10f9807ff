// SPDX-License-Identifier: MIT
#pragma once

#include "common/OsFamily.h"
#include "common/Result.h"
#include "ids/ActivationId.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actdesk::catalog {

// How far to trust an activation ID.
enum class Trust
{
    Official,  // stated on a Microsoft page
    Community, // independent scripts agree; no Microsoft page read
};

// One ESU program year, e.g. "win7-esu-y1".
struct CatalogEntry
{
    std::string key;     // unique, used on the command line: win7-esu-y1
    std::string program; // program family: win7-esu
    std::string name;    // English program name from the data file (ui/ translates known programs)
    std::vector<OsFamily> os;
    int year = 0;
    ids::ActivationId activationId;
    Trust trust = Trust::Community;
    std::string source;
    std::string origin; // which file it came from ("built-in" or a path)

    bool coversOs(OsFamily family) const;
};

struct OsPrerequisites
{
    OsFamily os = OsFamily::Unknown;
    std::string name;
    std::vector<std::string> updates; // KB numbers, in the order to install them
    std::string source;
    bool updatesGiven = false; // the section has a prerequisites line (an override may clear the list)
};

// A number of the activation line, as the site's administrator puts it in the catalog
// override ([phone:KEY]); shown on step 4, on the activation sheet and in the call centre.
// The shipped catalog has none: the numbers differ by country and change.
struct ActivationPhone
{
    std::string key;    // the section's name, e.g. "jp": an override replaces it by key
    std::string region; // "Japan", as the administrator writes it
    std::string number; // "0120-801-734": digits, spaces, + - ( ) only
    std::string hours;  // free text, may be empty: "24 hours", "weekdays 9-17"
};

struct CatalogError
{
    std::string file;
    int line = 0;
    enum class Kind
    {
        Syntax,          // `detail` has the reader's complaint
        UnsupportedFormat,
        MissingField,    // `field`
        InvalidValue,    // `field` = `value`
        DuplicateActivationId,
        CannotOpen, // the file itself: missing, not a regular file, unreadable (`detail`)
        TooLarge,   // larger than an override catalog can be (`value`: the limit in MB)
    } kind = Kind::Syntax;
    std::string field;
    std::string value;
    std::string detail;
};

class Catalog
{
public:
    static constexpr int kFormatVersion = 1;

    // The reviewed catalog compiled into the app.
    static Catalog builtIn();
    static Result<Catalog, CatalogError> parse(std::string_view text, const std::string& origin);

    // Adds or replaces entries (by key) from an administrator's file, and changes the fields of an
    // OS's prerequisites that the file gives (by OS).
    // Fails, leaving this catalog untouched, if the result would reuse an activation ID.
    Result<void, CatalogError> overlay(const Catalog& other);

    const std::vector<CatalogEntry>& entries() const { return m_entries; }
    std::vector<CatalogEntry> forOs(OsFamily os) const; // ordered by program, then year
    // By key (case-insensitive) or by activation ID in any GUID spelling.
    const CatalogEntry* find(std::string_view keyOrId) const;
    const CatalogEntry* findById(const ids::ActivationId& id) const;
    std::optional<OsPrerequisites> prerequisites(OsFamily os) const;
    const std::vector<ActivationPhone>& activationPhones() const { return m_phones; }

    // The first year (in year order) for this OS whose activation ID is not licensed.
    std::optional<CatalogEntry> suggestNext(OsFamily os, const std::vector<ids::ActivationId>& licensed) const;

private:
    std::vector<CatalogEntry> m_entries;
    std::vector<OsPrerequisites> m_prerequisites;
    std::vector<ActivationPhone> m_phones;
};

} // namespace actdesk::catalog
