// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSettings>

namespace tcpladder::ui {

namespace {

const auto LanguageKey = QStringLiteral("ui/language");

// The menu's title changes with the language; the actions keep their native names.
class LanguageMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            setTitle(LanguageManager::tr("&Language"));
        QMenu::changeEvent(event);
    }
};

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager *LanguageManager::instance()
{
    static QPointer<LanguageManager> manager;
    if (!manager)
        manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    // zh_TW / zh_HK readers get English rather than characters they do not use.
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript
        && locale.territory() != QLocale::Taiwan && locale.territory() != QLocale::HongKong
        && locale.territory() != QLocale::Macao)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString LanguageManager::startupLanguage() const
{
    const QString saved = QSettings().value(LanguageKey).toString();
    if (languages().contains(saved))
        return saved;
    return languageForLocale(QLocale::system());
}

bool LanguageManager::setLanguage(const QString &language, bool remember)
{
    if (!languages().contains(language))
        return false;
    auto app = std::make_unique<LanguageCatalogue>();
    // English needs its catalogue too: it holds the plural forms ("1 connection", "2 connections").
    if (!app->load(language))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const bool haveQt = language != QLatin1String("en") && qt->load(QStringLiteral("qtbase_%1").arg(language), qtDir);

    // Numbers follow the language the user reads; English keeps the system's conventions (a German
    // desktop in English still writes 1.234). Set before the translators change: installing one sends
    // LanguageChange, and the texts made again then must already write numbers the new way.
    QLocale::setDefault(language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale::system());
    if (m_app)
        QCoreApplication::removeTranslator(&m_app->translator());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = haveQt ? std::move(qt) : nullptr;
    m_qtCatalogue = haveQt ? m_qt->filePath() : QString();
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(&m_app->translator()); // installed last, so searched first
    m_language = language;
    // Window titles end with the name in this language; Qt appends the display name to any title that
    // does not end with it, so the two must agree ("… — TCP 梯形图 — TCP Ladder" otherwise).
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("tcpladder::ui::MainWindow", "TCP Ladder"));
    if (remember)
        QSettings().setValue(LanguageKey, language);
    retitleMenus();
    emit languageChanged(language);
    return true;
}

QMenu *LanguageManager::addLanguageMenu(QMenu *parentMenu)
{
    auto *menu = new LanguageMenu(tr("&Language"), parentMenu);
    menu->setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const QString &language : languages()) {
        QAction *action = menu->addAction(nativeName(language));
        action->setObjectName(QStringLiteral("actionLanguage_") + language);
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == m_language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
    parentMenu->addMenu(menu);
    m_menus.append(menu);
    connect(menu, &QObject::destroyed, this, [this, menu] { m_menus.removeAll(menu); });
    return menu;
}

void LanguageManager::retitleMenus()
{
    for (QMenu *menu : std::as_const(m_menus)) {
        for (QAction *action : menu->actions())
            action->setChecked(action->data().toString() == m_language);
    }
}

} // namespace tcpladder::ui
