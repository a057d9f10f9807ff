// SPDX-License-Identifier: MIT
#pragma once

// Free text typed on the command line (a machine name, a reason, an operator) checked where
// it is typed, with input::checkFreeText: a problem is a usage error that names the argument
// and its limit, never "line 7 of FILE" later. And the one way free text is printed.

#include <QCoreApplication>
#include <QString>
#include <cstddef>
#include <optional>

namespace actdesk::cli {

class ArgumentText
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentText)

  public:
    enum KeyCheck
    {
        KeysRefusedHere,  // a key-shaped value is a usage error
        KeysCheckedLater, // the caller's own check refuses it, with a message of its own
    };
    // The sentence for a usage error ("--name is 5000 bytes long; ..."), or nothing when
    // `value` is fine. `argument` is how the user knows it: "--name", "the reason".
    static std::optional<QString> problem(const QString& argument, const QString& value, std::size_t maxBytes,
                                          KeyCheck keys = KeysRefusedHere);

    // Text from a machine, a file or a journal as it may be printed: product keys masked,
    // control, invisible and direction-changing characters named as <U+XXXX>.
    static QString printable(const QString& text);
};

} // namespace actdesk::cli
