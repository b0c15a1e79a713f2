#include "inputerror.h"

namespace egress::io {

InputError::InputError(QString file, QString problem, int line, int column)
    : m_file(std::move(file))
    , m_problem(std::move(problem))
    , m_line(line)
    , m_column(column)
    , m_utf8Message(message().toUtf8())
{ }

QString InputError::message() const
{
    QString where = m_file;
    if (m_line > 0) {
        where += QStringLiteral(": line %1").arg(m_line);
        if (m_column > 0)
            where += QStringLiteral(", column %1").arg(m_column);
    }
    return where + QStringLiteral(": ") + m_problem;
}

} // namespace egress::io
