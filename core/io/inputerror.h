#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace egress::io {

// Bad input: a file the user gave us that cannot be read as what it claims to be. Carries where
// (file, and line/column when known) and what, so that every front end can show one clear line.
class InputError : public std::exception
{
public:
    InputError(QString file, QString problem, int line = 0, int column = 0);

    const QString& file() const { return m_file; }
    const QString& problem() const { return m_problem; }
    int line() const { return m_line; }
    int column() const { return m_column; }

    // "tables/a.csv: line 4, column 3: ragged row: 5 fields, the header has 4"
    QString message() const;
    const char* what() const noexcept override { return m_utf8Message.constData(); }

private:
    QString m_file;
    QString m_problem;
    int m_line = 0;
    int m_column = 0;
    QByteArray m_utf8Message;
};

} // namespace egress::io
