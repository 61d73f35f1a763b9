// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphexportloader.h"

#include "captureload.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace tcpladder::cli {

namespace {

QStringList moduleCandidates(int argc, char **argv)
{
    QString folder;
    {
        // Only for the executable's folder; gone before the module makes its QApplication.
        int probeArgc = argc;
        const QCoreApplication probe(probeArgc, argv);
        folder = QCoreApplication::applicationDirPath();
    }
    const QString name = QString::fromLatin1(graphExportModule);
    return {QDir(folder).filePath(name), QDir(folder).filePath(QStringLiteral("../lib/tcpladder/") + name)};
}

} // namespace

int exportGraphWithModule(const GraphExportCall &call)
{
    QLibrary module;
    QString error;
    for (const QString &candidate : moduleCandidates(call.argc, call.argv)) {
        module.setFileName(candidate);
        if (module.load())
            break;
        error = module.errorString();
    }
    if (!module.isLoaded()) {
        printError("cannot draw graphs: the module " + std::string(graphExportModule) + " did not load ("
                   + error.toStdString() + ")");
        return 1;
    }
    const auto exportGraph = reinterpret_cast<GraphExportFunction>(module.resolve(graphExportSymbol));
    if (!exportGraph) {
        printError("cannot draw graphs: " + module.errorString().toStdString());
        return 1;
    }
    // The module stays loaded until the process ends: Qt may still hold its objects at exit.
    return exportGraph(&call);
}

} // namespace tcpladder::cli
