#include "cldeventreader.h"

#include "io/inputerror.h"

#include <QFile>

namespace egress::demo {
namespace {

constexpr qint64 kBlockBytes = 4 * 1024 * 1024;

// Splits one line into fields. A quoted field's text, its doubled quotes made single, is kept in
// `unquoted`; views into it stay valid as the list grows, because a QByteArray's bytes live on
// the heap and do not move with it. Returns false for broken quoting.
bool splitLine(QByteArrayView line, QList<QByteArrayView>& fields, QList<QByteArray>& unquoted)
{
    fields.clear();
    unquoted.clear();
    qsizetype position = 0;
    while (true) {
        if (position < line.size() && line[position] == '"') {
            QByteArray text;
            qsizetype at = position + 1;
            while (true) {
                if (at >= line.size())
                    return false;
                if (line[at] == '"') {
                    if (at + 1 < line.size() && line[at + 1] == '"') {
                        text.append('"');
                        at += 2;
                        continue;
                    }
                    break;
                }
                text.append(line[at]);
                ++at;
            }
            ++at; // the closing quote
            if (at < line.size() && line[at] != ',')
                return false;
            unquoted.append(std::move(text));
            fields.append(QByteArrayView(unquoted.constLast()));
            position = at;
        } else {
            const qsizetype comma = line.indexOf(',', position);
            const qsizetype end = comma < 0 ? line.size() : comma;
            fields.append(line.sliced(position, end - position));
            position = end;
        }
        if (position >= line.size())
            break;
        ++position; // the comma
        if (position == line.size()) {
            fields.append(QByteArrayView());
            break;
        }
    }
    return true;
}

} // namespace

void CldEventReader::read(const QString& path, const QByteArrayList& columns, const Visitor& visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw io::InputError(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));

    QList<qsizetype> positions; // of each asked column in a row
    qsizetype headerFields = 0;
    QList<QByteArrayView> fields;
    QList<QByteArray> unquoted;
    CldEvent event;
    event.m_fields.resize(columns.size());
    qint64 line = 0;

    const auto takeLine = [&](QByteArrayView text) {
        ++line;
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.isEmpty())
            return;
        if (!splitLine(text, fields, unquoted))
            throw io::InputError(path, QStringLiteral("broken quoting"), int(line));
        if (positions.isEmpty()) {
            headerFields = fields.size();
            for (const QByteArray& column : columns) {
                const qsizetype at = fields.indexOf(QByteArrayView(column));
                if (at < 0)
                    throw io::InputError(path,
                                         QStringLiteral("the header has no column %1")
                                             .arg(QString::fromUtf8(column)));
                positions.append(at);
            }
            return;
        }
        if (fields.size() != headerFields)
            throw io::InputError(path,
                                 QStringLiteral("ragged row: %1 fields, the header has %2")
                                     .arg(fields.size())
                                     .arg(headerFields),
                                 int(line));
        for (qsizetype k = 0; k < positions.size(); ++k)
            event.m_fields[k] = fields.at(positions.at(k));
        event.m_line = line;
        visit(event);
    };

    QByteArray carried;
    while (true) {
        QByteArray block = file.read(kBlockBytes);
        if (block.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                throw io::InputError(path,
                                     QStringLiteral("cannot be read: %1").arg(file.errorString()));
            break;
        }
        if (!carried.isEmpty()) {
            block.prepend(carried);
            carried.clear();
        }
        qsizetype start = 0;
        while (true) {
            const qsizetype newline = block.indexOf('\n', start);
            if (newline < 0)
                break;
            takeLine(QByteArrayView(block).sliced(start, newline - start));
            start = newline + 1;
        }
        carried = block.sliced(start);
    }
    if (!carried.isEmpty())
        takeLine(QByteArrayView(carried));
    if (positions.isEmpty())
        throw io::InputError(path, QStringLiteral("the file is empty"));
}

} // namespace egress::demo
