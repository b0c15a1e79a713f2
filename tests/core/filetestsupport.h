#pragma once

// Helpers shared by the tests that work with real files: writing fixtures into a temporary
// folder, and catching the InputError an action throws.

#include "io/inputerror.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QtTest>

#include <functional>

namespace egress::testing {

// Writes bytes to path, creating its folders; fails the running test if it cannot.
inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The message of the InputError the action throws, or "<no InputError>".
inline QString inputErrorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const io::InputError& error) {
        return error.message();
    }
    return QStringLiteral("<no InputError>");
}

} // namespace egress::testing
