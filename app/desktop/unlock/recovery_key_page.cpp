#include "unlock/recovery_key_page.h"

#include "common/recovery_key_sheet.h"
#include "common/theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#ifdef XASO_HAVE_PRINTSUPPORT
#include <QPrintDialog>
#include <QPrinter>
#else
#include <QFileDialog>
#include <QPdfWriter>
#endif

using namespace Qt::StringLiterals;

namespace xaso::desktop {

RecoveryKeyPage::RecoveryKeyPage(QWidget* parent) : CardPage(parent, 640)
{
    m_title = addLabel("title");
    m_explanation = addLabel("subtitle");
    m_key = new QLabel;
    m_key->setObjectName(u"recoveryKey"_s);
    m_key->setFont(monospaceFont(22));
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setFocusPolicy(Qt::StrongFocus);
    cardLayout()->addWidget(m_key);
    m_warning = addLabel("hint");

    m_written = new QCheckBox;
    m_written->setObjectName(u"confirmWritten"_s);
    cardLayout()->addWidget(m_written);

    m_print = new QPushButton;
    m_print->setObjectName(u"printRecoveryKey"_s);
    m_print->setIcon(QIcon(u":/xaso/icons/print.svg"_s));
    m_continue = new QPushButton;
    m_continue->setObjectName(u"continueButton"_s);
    setRole(m_continue, "primary");
    m_continue->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_continue);
    cardLayout()->addLayout(buttons);

    connect(m_written, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::print);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_written->isChecked())
            emit confirmed();
    });
    setTabOrder(m_key, m_written);
    setTabOrder(m_written, m_print);
    setTabOrder(m_print, m_continue);
    retranslate();
}

void RecoveryKeyPage::setRecoveryKey(const QString& key, const QString& profileName, const QDate& date)
{
    m_keyText = key;
    // Two lines of four groups read and copy more easily than one long line.
    const QStringList groups = key.split(u'-');
    m_key->setText(groups.size() == 8 ? groups.mid(0, 4).join(u'-') + u'\n' + groups.mid(4).join(u'-') : key);
    m_profileName = profileName;
    m_date = date;
    m_written->setChecked(false);
    m_written->setFocus();
}

void RecoveryKeyPage::clearKey()
{
    m_key->clear();
    m_keyText.clear();
    m_written->setChecked(false);
}

QString RecoveryKeyPage::shownKey() const
{
    return m_keyText;
}

void RecoveryKeyPage::retranslate()
{
    m_title->setText(tr("Your recovery key"));
    m_explanation->setText(tr("If you forget your password, this key is the only way to open your profile. "
                              "Write it down on paper or print it now: it is shown only this once."));
    m_key->setAccessibleName(tr("Recovery key"));
    m_warning->setText(tr("Keep the paper locked away, apart from the computer. Anyone who has it can open "
                          "the profile."));
    m_written->setText(tr("I have &written the recovery key down and keep it safe"));
#ifdef XASO_HAVE_PRINTSUPPORT
    m_print->setText(tr("&Print…"));
#else
    m_print->setText(tr("Save as &PDF to print…"));
#endif
    m_continue->setText(tr("&Continue"));
}

void RecoveryKeyPage::print()
{
    const QString html = recoveryKeySheetHtml(m_profileName, m_keyText, m_date);
#ifdef XASO_HAVE_PRINTSUPPORT
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() == QDialog::Accepted)
        renderRecoveryKeySheet(printer, html);
#else
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the recovery key as PDF"), QString(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    renderRecoveryKeySheet(writer, html);
#endif
}

} // namespace xaso::desktop
