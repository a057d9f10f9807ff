// SPDX-License-Identifier: MIT
#include "text/ErrorText.h"

#include "input/FreeText.h"
#include "input/UserText.h"
#include "text/Sentences.h"

#include <QStringList>

namespace actdesk::text {

using ids::IdErrorKind;
using ids::IdType;
using licensing::SlError;

QString ErrorText::idName(IdType type)
{
    switch (type) {
    case IdType::InstallationId:
        return tr("installation ID");
    case IdType::ConfirmationId:
        return tr("confirmation ID");
    case IdType::ProductKey:
        return tr("product key");
    case IdType::ActivationId:
        return tr("activation ID");
    }
    return {};
}

namespace {

QString groupList(const ids::IdError& e)
{
    QStringList labels;
    for (int g : e.badGroups)
        labels << QString::fromStdString(ids::groupLabel(e.type, g));
    return labels.join(QStringLiteral(", "));
}

QString shownCharacter(char32_t c)
{
    // Control, zero-width and direction-changing characters are named, never printed: U+202E
    // would turn the rest of the line round, ESC could drive the terminal.
    if (input::isHiddenOrControl(c))
        return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
    return QString::fromStdString(input::toUtf8(c));
}

QString allowedCharacters(IdType type)
{
    switch (type) {
    case IdType::ProductKey: {
        // No-break spaces: a list wrapped at "Y, 2 / 3 4 6" reads as two lists.
        const QString letters = QStringLiteral("B\u00A0C\u00A0D\u00A0F\u00A0G\u00A0H\u00A0J\u00A0K\u00A0M\u00A0P\u00A0"
                                               "Q\u00A0R\u00A0T\u00A0V\u00A0W\u00A0X\u00A0Y");
        const QString digits = QStringLiteral("2\u00A03\u00A04\u00A06\u00A07\u00A08\u00A09");
        return ErrorText::tr("A product key uses only %1, %2 and one N, with optional hyphens.").arg(letters, digits);
    }
    case IdType::ActivationId:
        return ErrorText::tr("An activation ID uses only 0-9, a-f and hyphens, optionally in braces.");
    default:
        return ErrorText::tr("Only digits, spaces and hyphens are allowed.");
    }
}

} // namespace

QString ErrorText::idError(const ids::IdError& e)
{
    const QString what = idName(e.type);
    const bool oneGroup = e.badGroups.size() == 1;
    switch (e.kind) {
    case IdErrorKind::Empty:
        return tr("The %1 is empty.").arg(what);
    case IdErrorKind::InvalidEncoding:
        return tr("The %1 is not readable text (it is not UTF-8).").arg(what);
    case IdErrorKind::InvalidCharacter:
        if (oneGroup && (e.type == IdType::InstallationId || e.type == IdType::ConfirmationId))
            return tr("Group %1 of the %2 contains \"%3\". %4")
                .arg(groupList(e), what, shownCharacter(e.character), allowedCharacters(e.type));
        return tr("The %1 contains \"%2\" at position %3. %4")
            .arg(what, shownCharacter(e.character))
            .arg(e.position)
            .arg(allowedCharacters(e.type));
    case IdErrorKind::WrongLength: {
        QStringList expected;
        for (int n : e.expected)
            expected << QString::number(n);
        if (oneGroup)
            return tr("Group %1 of the %2 has %3 digits; it needs %4.")
                .arg(groupList(e), what)
                .arg(e.found)
                .arg(expected.join(QLatin1Char('/')));
        if (e.type == IdType::ProductKey)
            return tr("The product key has %1 characters; it needs 25 (five groups of five).").arg(e.found);
        if (e.type == IdType::ActivationId)
            return tr("The activation ID has %1 hexadecimal digits; it needs 32.").arg(e.found);
        if (e.type == IdType::ConfirmationId)
            return tr("The confirmation ID has %1 digits; it needs 48 (eight groups A-H of six).")
                .arg(e.found);
        return tr("The installation ID has %1 digits; it needs 63 (nine groups of seven) or 54 (nine groups "
                  "of six).")
            .arg(e.found);
    }
    case IdErrorKind::CheckDigit:
        if (oneGroup)
            return tr("Group %1 of the %2 is wrong: one of its digits was misheard or mistyped, not "
                      "necessarily the last. Ask for the whole group again.")
                .arg(groupList(e), what);
        return tr("Groups %1 of the %2 are wrong: in each, one of the digits was misheard or mistyped, not "
                  "necessarily the last. Ask for those whole groups again.")
            .arg(groupList(e), what);
    case IdErrorKind::IncompleteGroup:
        return tr("Group %1 of the %2 is not complete: %3 of %4 digits.")
            .arg(groupList(e), what)
            .arg(e.found)
            .arg(e.expected.empty() ? 0 : e.expected.front());
    case IdErrorKind::TooManyN:
        return tr("The product key contains the letter N more than once (again at position %1).")
            .arg(e.position);
    }
    return {};
}

QString ErrorText::licensingAdvice(std::uint32_t code)
{
    switch (static_cast<SlError>(code)) {
    case SlError::AccessDenied:
    case SlError::LuaAccessDenied:
        return tr("Run Activation Desk as an administrator (elevated) and try again.");
    case SlError::InvalidProductKey:
        return tr("Check the key. For an ESU key, install the prerequisite updates listed for this "
                  "machine (including the ESU licensing preparation package), restart, and try again.");
    case SlError::InvalidPkey:
        return tr("Check the product key for typing mistakes.");
    case SlError::BlockedProductKey:
        return tr("This key is blocked. Contact your Microsoft licensing partner for a new key.");
    case SlError::PkeyNotInstalled:
        return tr("Install the ESU product key for this year first.");
    case SlError::ProductSkuNotInstalled:
    case SlError::MismatchedProductSku:
        return tr("This ESU year is not present on the machine. Check the activation ID, and install the "
                  "prerequisite updates if no ESU year is listed.");
    case SlError::CidIidInvalidCheckDigits:
    case SlError::CidIidInvalidData:
    case SlError::CidIidInvalidDataLength:
    case SlError::CidIidInvalidVersion:
    case SlError::CidIidVersionNotSupported:
        return tr("Check the confirmation ID group by group and enter it again.");
    case SlError::CidIidMismatched:
    case SlError::CidIidMismatchedPkey:
        return tr("This confirmation ID belongs to a different installation ID. Generate the installation "
                  "ID again and obtain a new confirmation ID for it.");
    case SlError::CidIidNotBound:
        return tr("The hardware changed since the installation ID was generated. Generate a new "
                  "installation ID and obtain a new confirmation ID.");
    case SlError::CidIidNotDeposited:
    case SlError::ServiceStopping:
    case SlError::ActivationInProgress:
        return tr("Wait a moment and try again.");
    case SlError::BackendUnavailable:
        return tr("The licensing service cannot be used. See the details below.");
    case SlError::StateDiskFull:
        return tr("Nothing was changed. Free some space on that disk and try again.");
    default:
        return tr("Note the code and look it up with \"slui.exe 0x2a %1\" on the machine.")
            .arg(QString::fromStdString(licensing::formatHresult(code)));
    }
}

QString ErrorText::licensingError(const licensing::LicensingError& error)
{
    QString what;
    switch (static_cast<SlError>(error.code)) {
    case SlError::AccessDenied:
    case SlError::LuaAccessDenied:
        what = tr("Access denied: this step needs administrator rights.");
        break;
    case SlError::InvalidArgument:
        what = tr("The licensing service rejected a value as invalid.");
        break;
    case SlError::RightNotConsumed:
        what = tr("The licence status could not be read.");
        break;
    case SlError::InvalidPkey:
    case SlError::InvalidProductKey:
        what = tr("The product key is invalid or cannot be used on this machine.");
        break;
    case SlError::BlockedProductKey:
        what = tr("The product key is blocked.");
        break;
    case SlError::ValueNotFound:
        what = tr("The licensing service has no such value.");
        break;
    case SlError::PkeyNotInstalled:
        what = tr("No product key is installed for this ESU year.");
        break;
    case SlError::ProductSkuNotInstalled:
    case SlError::MismatchedProductSku:
        what = tr("The ESU product (activation ID) was not found on this machine.");
        break;
    case SlError::CidIidInvalidCheckDigits:
        what = tr("The confirmation ID is invalid.");
        break;
    case SlError::CidIidInvalidData:
    case SlError::CidIidInvalidDataLength:
    case SlError::CidIidInvalidVersion:
    case SlError::CidIidVersionNotSupported:
        what = tr("The confirmation ID has the wrong format or length.");
        break;
    case SlError::CidIidMismatched:
    case SlError::CidIidMismatchedPkey:
        what = tr("The installation ID and the confirmation ID do not match.");
        break;
    case SlError::CidIidNotBound:
        what = tr("The confirmation ID is not bound to this machine.");
        break;
    case SlError::CidIidNotDeposited:
        what = tr("The confirmation ID could not be saved.");
        break;
    case SlError::ServiceStopping:
        what = tr("The licensing service is stopping.");
        break;
    case SlError::ActivationInProgress:
        what = tr("Another activation is in progress.");
        break;
    case SlError::BackendUnavailable:
        what = tr("The licensing backend is not available.");
        break;
    case SlError::StateDiskFull:
        what = tr("The disk that holds the simulated machine is full.");
        break;
    default:
        what = tr("The licensing service reported an error.");
        break;
    }
    QString text = tr("%1 (%2)").arg(what, QString::fromStdString(licensing::formatHresult(error.code)));
    text = joinSentences(text, licensingAdvice(error.code));
    const QString detail = error.reason != licensing::LicensingReason::None
                               ? licensingReason(error.reason)
                               : QString::fromStdString(error.detail);
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + tr("Details: %1").arg(detail);
    return text;
}

QString ErrorText::licensingReason(licensing::LicensingReason reason)
{
    switch (reason) {
    case licensing::LicensingReason::None:
        return {};
    case licensing::LicensingReason::UnknownOsFamily:
        return tr("the simulated machine's operating system is not one that can be simulated");
    case licensing::LicensingReason::IidGroupLength:
        return tr("the installation ID groups must be 6 or 7 digits long");
    case licensing::LicensingReason::PreparationPackageMissing:
        return tr("the ESU licensing preparation package is not installed");
    case licensing::LicensingReason::NoEsuSku:
        return tr("there is no ESU product on this machine");
    case licensing::LicensingReason::IidNotCurrent:
        return tr("the installation ID is not this product's current one");
    }
    return {};
}

QString ErrorText::sessionError(const workflow::SessionError& error)
{
    switch (error.kind) {
    case workflow::SessionError::Kind::Input:
        return idError(error.input);
    case workflow::SessionError::Kind::Licensing:
        return licensingError(error.licensing);
    case workflow::SessionError::Kind::OutOfOrder:
        return tr("Complete the step \"%1\" first.").arg(stepName(error.needed));
    }
    return {};
}

QString ErrorText::catalogError(const catalog::CatalogError& e)
{
    const QString where = e.line > 0 ? tr("%1, line %2").arg(QString::fromStdString(e.file)).arg(e.line)
                                     : QString::fromStdString(e.file);
    switch (e.kind) {
    case catalog::CatalogError::Kind::Syntax:
        return tr("Catalog %1: the line cannot be read (%2).").arg(where, QString::fromStdString(e.detail));
    case catalog::CatalogError::Kind::UnsupportedFormat:
        return tr("Catalog %1: format %2 is not supported by this version.")
            .arg(where, QString::fromStdString(e.value));
    case catalog::CatalogError::Kind::MissingField:
        return tr("Catalog %1: the field \"%2\" is missing.").arg(where, QString::fromStdString(e.field));
    case catalog::CatalogError::Kind::InvalidValue:
        return tr("Catalog %1: \"%2\" is not a valid value for \"%3\".")
            .arg(where, QString::fromStdString(e.value), QString::fromStdString(e.field));
    case catalog::CatalogError::Kind::DuplicateActivationId:
        return tr("Catalog %1: the activation ID %2 is used twice.")
            .arg(where, QString::fromStdString(e.value));
    case catalog::CatalogError::Kind::CannotOpen:
        return tr("Catalog %1 cannot be opened: %2.").arg(where, QString::fromStdString(e.detail));
    case catalog::CatalogError::Kind::TooLarge:
        return tr("Catalog %1 is larger than %2 MB, and an override catalog is a short text file. Check that "
                  "the "
                  "right file was given.")
            .arg(where, QString::fromStdString(e.value));
    }
    return {};
}

QString ErrorText::licenseStatus(licensing::LicenseStatus status)
{
    switch (status) {
    case licensing::LicenseStatus::Unlicensed:
        return tr("Unlicensed");
    case licensing::LicenseStatus::Licensed:
        return tr("Licensed");
    case licensing::LicenseStatus::InGracePeriod:
        return tr("In grace period");
    case licensing::LicenseStatus::Notification:
        return tr("Notification");
    case licensing::LicenseStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ErrorText::stepName(workflow::Step step)
{
    switch (step) {
    case workflow::Step::Prerequisites:
        return tr("Machine and prerequisites");
    case workflow::Step::Program:
        return tr("Program and year");
    case workflow::Step::ProductKey:
        return tr("Product key");
    case workflow::Step::InstallationId:
        return tr("Installation ID");
    case workflow::Step::ConfirmationId:
        return tr("Confirmation ID");
    case workflow::Step::Deposit:
        return tr("Apply");
    case workflow::Step::Verify:
        return tr("Verify");
    }
    return {};
}

namespace {

QString kindPhrase(files::FileKind kind)
{
    switch (kind) {
    case files::FileKind::Fifo:
        return ErrorText::tr("a named pipe (FIFO)");
    case files::FileKind::Socket:
        return ErrorText::tr("a socket");
    case files::FileKind::Device:
        return ErrorText::tr("a device");
    case files::FileKind::Directory:
        return ErrorText::tr("a folder");
    case files::FileKind::Missing:
    case files::FileKind::Regular:
    case files::FileKind::Other:
        break;
    }
    return ErrorText::tr("a special file");
}

} // namespace

QString ErrorText::notAFile(const QString& path, files::FileKind kind)
{
    if (kind == files::FileKind::Directory)
        return tr("%1 is a folder, not a file. Nothing was read or changed.").arg(path);
    return tr("%1 is %2, not a file: it was not opened, and nothing was changed.")
        .arg(path, kindPhrase(kind));
}

QString ErrorText::writeFailure(const files::WriteFailure& failure)
{
    if (failure.kind == files::WriteFailure::Kind::NotAFile)
        return tr("it is %1, not a file; it was left as it is").arg(kindPhrase(failure.found));
    return failure.detail;
}

} // namespace actdesk::text
