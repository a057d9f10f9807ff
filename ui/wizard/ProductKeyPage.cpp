// SPDX-License-Identifier: MIT
#include "ProductKeyPage.h"

#include "style/Appearance.h"
#include "text/CatalogText.h"
#include "text/ErrorText.h"
#include "verbs/TextEntry.h"
#include "widgets/NoticeLabel.h"
#include "widgets/ProductKeyEntry.h"
#include "widgets/WrappingLabel.h"
#include "wizard/ElevationPort.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace actdesk::ui {

namespace {
QString maskedKey(const QString& partial)
{
    return QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-") + partial;
}
} // namespace

ProductKeyPage::ProductKeyPage(WizardContext& context, QWidget* parent) : DevicePage(context, parent)
{
    setObjectName(QStringLiteral("productKeyPage"));
    setTitle(text::ErrorText::stepName(workflow::Step::ProductKey));
}

void ProductKeyPage::build()
{
    m_forProgram = makeInstruction(QString());
    m_forProgram->setObjectName(QStringLiteral("productKeyInstructionLabel"));

    m_useInstalled = new QRadioButton(this);
    m_useInstalled->setObjectName(QStringLiteral("useInstalledKeyRadioButton"));
    m_installNew = new QRadioButton(tr("Install a &different key"), this);
    m_installNew->setObjectName(QStringLiteral("installNewKeyRadioButton"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_useInstalled);
    choice->addButton(m_installNew);
    connect(m_useInstalled, &QRadioButton::toggled, this, &ProductKeyPage::updateState);

    m_entry = new ProductKeyEntry(this);
    connect(m_entry, &ProductKeyEntry::changed, this, &ProductKeyPage::updateState);
    connect(m_entry, &ProductKeyEntry::completed, this,
            [this] { m_install->setFocus(Qt::OtherFocusReason); });

    m_install = new QPushButton(tr("&Install key"), this);
    m_install->setObjectName(QStringLiteral("installKeyPushButton"));
    m_install->setFont(appearance::scaled(font(), 1.15));
    connect(m_install, &QPushButton::clicked, this, &ProductKeyPage::installKey);
    auto* installRow = new QHBoxLayout;
    installRow->addWidget(m_install);
    installRow->addStretch(1);

    // Said before anything is typed: Windows installs keys for administrators only.
    m_needsAdministrator = new NoticeLabel(this);
    m_needsAdministrator->setObjectName(QStringLiteral("administratorNeededLabel"));
    m_needsAdministrator->setFont(appearance::scaled(font(), 1.15));
    // Where the app can restart itself elevated (Windows), the way out is one button; the key
    // typed so far goes along (protected for this user, never on a command line).
    m_restartElevated = new QPushButton(tr("&Restart as administrator"), this);
    m_restartElevated->setObjectName(QStringLiteral("restartElevatedPushButton"));
    m_restartElevated->setFont(appearance::scaled(font(), 1.15));
    m_restartElevated->hide();
    connect(m_restartElevated, &QPushButton::clicked, this, &ProductKeyPage::restartAsAdministrator);
    auto* elevationRow = new QHBoxLayout;
    elevationRow->addWidget(m_restartElevated);
    elevationRow->addStretch(1);

    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(QStringLiteral("productKeyNoticeLabel"));
    m_notice->setFont(appearance::scaled(font(), 1.15));

    m_privacy =
        new WrappingLabel(tr("The key goes to Windows only. Activation Desk never saves it, and once it is "
                             "installed shows only its last five characters."),
                          this);
    m_privacy->setObjectName(QStringLiteral("productKeyPrivacyLabel"));

    auto* layout = makeScrollingLayout();
    layout->addWidget(m_forProgram);
    layout->addWidget(m_useInstalled);
    layout->addWidget(m_installNew);
    layout->addWidget(m_needsAdministrator);
    layout->addLayout(elevationRow);
    layout->addSpacing(8);
    layout->addWidget(m_entry);
    layout->addLayout(installRow);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    layout->addWidget(m_privacy);
}

bool ProductKeyPage::sessionKeyIsForChosenYear() const
{
    const auto& key = m_ctx.session.key();
    const auto& id = m_ctx.session.activationId();
    return key && id && key->activationId == *id;
}

QString ProductKeyPage::installedPartialKey() const
{
    if (sessionKeyIsForChosenYear())
        return QString::fromStdString(m_ctx.session.key()->partialKey);
    if (const auto sku = m_ctx.chosenSku())
        return QString::fromStdString(sku->partialKey);
    return {};
}

void ProductKeyPage::initializePage()
{
    ensureBuilt();
    m_installedOnArrival = !installedPartialKey().isEmpty();
    updateInstalledChoice();
    if (!m_ctx.session.key())
        m_notice->clearNotice();
    updateState();
}

void ProductKeyPage::updateInstalledChoice()
{
    const QString partial = installedPartialKey();
    const bool installed = !partial.isEmpty();
    // A key installed a moment ago on this page is the step done, not a key found on arrival.
    const bool installedHere = sessionKeyIsForChosenYear() && !m_installedOnArrival;
    if (installedHere)
        m_forProgram->setText(
            tr("The product key for %1 is installed. Choose Next to get the installation ID.")
                .arg(m_ctx.chosenProgramText()));
    else if (installed)
        m_forProgram->setText(tr("A key is already installed for %1. Keep it, or install a different one.")
                                  .arg(m_ctx.chosenProgramText()));
    else
        m_forProgram->setText(tr("Type the ESU product key (MAK) for %1.").arg(m_ctx.chosenProgramText()));
    m_useInstalled->setVisible(installed);
    m_installNew->setVisible(installed);
    if (installed) {
        m_useInstalled->setText(tr("&Use the installed key %1").arg(maskedKey(partial)));
        if (!m_installNew->isChecked())
            m_useInstalled->setChecked(true);
    } else {
        m_installNew->setChecked(true);
    }
}

void ProductKeyPage::updateState()
{
    const bool useInstalled = !m_useInstalled->isHidden() && m_useInstalled->isChecked();
    // Keeping the installed key needs no typing: show the fields only for a new key.
    m_entry->setVisible(!useInstalled);
    m_install->setVisible(!useInstalled);
    m_install->setEnabled(m_entry->isComplete());
    const bool needsAdministrator = !useInstalled && !m_ctx.licensing.mayInstallProductKeys();
    if (needsAdministrator && m_ctx.elevation)
        m_needsAdministrator->showNotice(
            NoticeLabel::Kind::Warning,
            tr("Installing a product key needs an administrator, and Activation Desk is not running as one: "
               "Windows would refuse the key (0xC004F025). Choose Restart as administrator: Activation Desk "
               "comes back at this step, with the year and anything you typed."));
    else if (needsAdministrator)
        m_needsAdministrator->showNotice(
            NoticeLabel::Kind::Warning,
            tr("Installing a product key needs an administrator, and Activation Desk is not running as one: "
               "Windows would refuse the key (0xC004F025). Close Activation Desk and start it again with "
               "\"Run as administrator\"."));
    else
        m_needsAdministrator->clearNotice();
    m_restartElevated->setVisible(needsAdministrator && m_ctx.elevation);
    Q_EMIT completeChanged();
}

void ProductKeyPage::restartAsAdministrator()
{
    ResumePoint resume{m_ctx.chosen ? QString::fromStdString(m_ctx.chosen->key) : QString(),
                       m_entry->keyText()};
    QString why;
    const bool restarted = m_ctx.elevation && m_ctx.elevation->restartElevated(resume, why);
    resume.typedKey.fill(QLatin1Char('0')); // the copy made here goes no further
    if (!restarted) {
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             tr("Activation Desk could not restart as administrator: %1").arg(why));
        return;
    }
    // The elevated Activation Desk has the key now: nothing typed here is left to lose.
    m_entry->clear();
    window()->close();
}

bool ProductKeyPage::isComplete() const
{
    return isBuilt() && !m_useInstalled->isHidden() && m_useInstalled->isChecked() &&
           !installedPartialKey().isEmpty();
}

bool ProductKeyPage::hasPendingInput() const
{
    return isBuilt() && m_entry->keyText().size() > ProductKeyEntry::kGroups - 1;
}

QWidget* ProductKeyPage::preferredFocus() const
{
    if (!m_useInstalled->isHidden() && m_useInstalled->isChecked())
        return nullptr;
    return m_entry->groupEdit(0);
}

void ProductKeyPage::installKey()
{
    if (!m_entry->isComplete())
        return;
    QString key = m_entry->keyText();
    const QByteArray utf8 = key.toUtf8();
    auto installed = verbs::installProductKey(
        m_ctx.session, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    // Do not keep copies of the key around longer than the call.
    key.fill(QLatin1Char('X'));
    if (!installed) {
        m_notice->showNotice(NoticeLabel::Kind::Error, text::ErrorText::sessionError(installed.error()));
        m_entry->focusFirstIncomplete();
        return;
    }
    m_entry->clear();
    // The masked key on a line of its own: wrapped at a hyphen it reads as two keys.
    QString message = tr("Key installed. Only its last five characters are kept:\n%1")
                          .arg(maskedKey(QString::fromStdString(installed->partialKey)));
    if (m_ctx.chosen && !(m_ctx.chosen->activationId == installed->activationId)) {
        const auto* entry = m_ctx.catalog.findById(installed->activationId);
        m_ctx.chosen = entry ? std::optional<catalog::CatalogEntry>(*entry) : std::nullopt;
        message +=
            QLatin1Char('\n') + tr("Windows installed this key for %1, so the activation continues with "
                                   "that year.")
                                    .arg(m_ctx.chosenProgramText());
    }
    m_notice->showNotice(NoticeLabel::Kind::Success, message);
    m_installedOnArrival = false;
    m_useInstalled->setChecked(true);
    updateInstalledChoice();
    updateState();
    focusForward();
}

bool ProductKeyPage::validatePage()
{
    if (sessionKeyIsForChosenYear())
        return true;
    auto used = m_ctx.session.useInstalledKey();
    if (!used) {
        m_notice->showNotice(NoticeLabel::Kind::Error, text::ErrorText::sessionError(used.error()));
        return false;
    }
    return true;
}

} // namespace actdesk::ui
