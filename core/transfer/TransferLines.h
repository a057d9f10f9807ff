// SPDX-License-Identifier: MIT
#pragma once

// Splitting a transfer file into lines and checking their text, in one pass over the bytes:
// each byte is looked at once for the line end, UTF-8 and control characters together.
// (The reader used to find each line end with memchr and then check the line's text in a
// second pass; that was about a third of the time of reading a file.) Internal to
// core/transfer.

#include <cstddef>
#include <string_view>

namespace actdesk::transfer::detail {

// Strict UTF-8 (no overlong forms, no surrogates) without C0 controls or DEL; free text
// (`allowBreaks`) may also hold line feeds, carriage returns and tabs.
bool isCleanUtf8(std::string_view s, bool allowBreaks = false);

// One line as the reader sees it.
struct ScannedLine
{
    // The line without its line feed, and without a carriage return right before it (CRLF)
    // or right before the end of the file.
    std::string_view text;
    // isCleanUtf8(text): found while looking for the line end.
    bool clean = true;
    // The text holds a backslash (an escape for the reader to undo); known only when `clean`.
    bool hasBackslash = false;
    // Ended by a bare line feed: the file holds exactly `text` and '\n' here, so an item
    // made of such lines can be digested straight from the file's bytes.
    bool endsWithLf = false;
};

// Lines are split on '\n'; a final line feed does not start another line.
class LineScanner
{
  public:
    explicit LineScanner(std::string_view text) : m_text(text) {}

    bool next(ScannedLine& line);
    // The 1-based number of the line `next` returned last.
    int number() const { return m_number; }
    // Where the next line starts (an offset into the text).
    std::size_t position() const { return m_pos; }

  private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_number = 0;
};

} // namespace actdesk::transfer::detail
