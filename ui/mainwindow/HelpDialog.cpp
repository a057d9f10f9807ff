// SPDX-License-Identifier: MIT
#include "HelpDialog.h"

#include "style/Appearance.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace actdesk::ui {

namespace {
QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}
QString list(const QStringList& items)
{
    QString html = QStringLiteral("<ol>");
    for (const QString& i : items)
        html += QStringLiteral("<li>") + escaped(i) + QStringLiteral("</li>");
    return html + QStringLiteral("</ol>");
}
} // namespace

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setFont(appearance::readable(font()));
    setWindowTitle(tr("How phone activation works"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpTextBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(helpHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString HelpDialog::helpHtml()
{
    QString html;
    html += QStringLiteral("<h2>") + escaped(tr("Activating ESU by phone")) + QStringLiteral("</h2>");
    html += QStringLiteral("<p><b>") +
            escaped(tr(
                "An ESU licence cannot be activated from \"Activate Windows\" in Control Panel (System and "
                "Security > System). That only activates Windows itself.")) +
            QStringLiteral("</b></p>");
    html += QStringLiteral("<p>") +
            escaped(tr(
                "Extended Security Updates (ESU) are a separate licence for each year. On a machine without "
                "an Internet connection, each year is activated by phone with this wizard, or with slmgr "
                "in an elevated command prompt.")) +
            QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + escaped(tr("Before you call")) + QStringLiteral("</h3>");
    html +=
        list({tr("Install the prerequisite updates this machine needs, in the order shown on the first page, "
                 "and restart."),
              tr("Have the ESU product key (MAK) for the year you are activating at hand.")});
    html += QStringLiteral("<h3>") + escaped(tr("The steps")) + QStringLiteral("</h3>");
    html += list(
        {tr("Choose the ESU year. Each year has its own activation ID."),
         tr("Install the ESU product key (slmgr /ipk)."),
         tr("Generate the installation ID for that year's activation ID (slmgr /dti)."),
         tr("Call the Microsoft activation line for your country or region and read out the installation "
            "ID, group by group. Read aloud shows one group at a time in large digits."),
         tr("Type the confirmation ID the agent reads back: eight groups, A to H. A group marked wrong "
            "has a typing mistake; ask for that group again."),
         tr("Apply the confirmation ID and check that the status is \"Licensed\" (slmgr /atp, then "
            "slmgr /dlv).")});
    html += QStringLiteral("<h3>") + escaped(tr("Without a phone line")) + QStringLiteral("</h3>");
    html += list(
        {tr("Scan the QR code on the installation ID step with a phone: it holds the digits only, for "
            "the activation web page or the desk."),
         tr("Print the activation sheet, or save it as PDF: the desk writes the confirmation ID into "
            "boxes A to H, and you type it back in here."),
         tr("Save a request for the desk on a USB stick; at the desk the answers are saved into the same "
            "file. Back here, \"Open response from the desk\" on the confirmation ID step applies the "
            "answer meant for this machine.")});
    html += QStringLiteral("<h3>") + escaped(tr("Keyboard")) + QStringLiteral("</h3>");
    html += QStringLiteral("<p>") +
            escaped(tr(
                "Enter or Alt+N: next step. Alt+B: back. F1: this help. In the ID fields a complete group "
                "moves on by itself, a key typed at the end of a full group goes into the next one (a wrong "
                "group stays marked, so keep typing along with the agent), Backspace in an empty group "
                "goes back to the previous one, and F8 goes to the first wrong group with its digits "
                "selected, to type the whole group again. In Read "
                "aloud, Space or the Right arrow shows the next group; Backspace or the Left arrow goes "
                "back; Esc closes it. Ctrl+1 to Ctrl+4 switch between the tabs: this machine, the desk, "
                "the call centre and the journal.")) +
            QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + escaped(tr("Simulation")) + QStringLiteral("</h3>");
    html += QStringLiteral("<p>") +
            escaped(tr(
                "While the yellow SIMULATION banner is shown, Activation Desk works on a simulated machine "
                "for training. Use Simulation > Activation centre as the activation line: its confirmation "
                "IDs work only on the simulated machine.")) +
            QStringLiteral("</p>");
    return html;
}

} // namespace actdesk::ui
