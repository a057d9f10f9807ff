// SPDX-License-Identifier: MIT
#pragma once

#include "widgets/WrappingLabel.h"

namespace actdesk::ui {

// A short, prominent message: a symbol plus plain words, never colour alone.
// Success ✓, Error ✗, Warning ⚠, Info ℹ. Colours follow the palette (light or dark).
class NoticeLabel : public WrappingLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error,
    };

    explicit NoticeLabel(QWidget* parent = nullptr);

    void showNotice(Kind kind, const QString& text);
    void clearNotice();
    Kind kind() const { return m_kind; }
    QString plainText() const { return m_plain; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    Kind m_kind = Kind::Info;
    QString m_plain;
};

} // namespace actdesk::ui
