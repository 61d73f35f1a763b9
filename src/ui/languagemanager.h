// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "languagecatalogue.h"

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QActionGroup;
class QMenu;

namespace tcpladder::ui {

// Which language the UI speaks: English (the source texts) or Simplified Chinese. Installs our
// catalogue (:/i18n/tcpladder_<lang>.qm) and Qt's own (qtbase_<lang>.qm from the system's Qt
// translations, for standard dialogs and buttons); installing sends QEvent::LanguageChange to every
// widget, which retranslates in changeEvent().
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager *instance(); // parented to the QCoreApplication

    static QStringList languages() { return LanguageCatalogue::languages(); }
    // The language's name in that language ("English", "简体中文"): a user who cannot read the
    // current language still finds their own.
    static QString nativeName(const QString &language);
    // "zh_CN" for any Chinese locale written in simplified characters, else "en".
    static QString languageForLocale(const QLocale &locale);

    // The remembered choice (QSettings "ui/language"), else the system locale's language.
    QString startupLanguage() const;
    // Installs the translators for `language` ("en" or "zh_CN"); false for an unknown language or
    // a missing catalogue (then English stays). `remember` saves the choice for the next start.
    bool setLanguage(const QString &language, bool remember = true);
    QString language() const { return m_language; }
    QString qtCatalogue() const { return m_qtCatalogue; } // loaded qtbase .qm path, empty when none

    // Adds View > Language with one checkable action per language.
    QMenu *addLanguageMenu(QMenu *parentMenu);

signals:
    void languageChanged(const QString &language);

private:
    explicit LanguageManager(QObject *parent);
    void retitleMenus();

    std::unique_ptr<LanguageCatalogue> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language = QStringLiteral("en");
    QString m_qtCatalogue;
    QList<QMenu *> m_menus;
};

// ladderTranslator(), explanationTranslator() and cjkFontFamily() are in languagecatalogue.h (render library).

} // namespace tcpladder::ui
