#include "csvtablereader.h"

#include "csvtokenizer.h"
#include "gridtablereader.h"
#include "textdecoder.h"

namespace egress::io {

table::Table CsvTableReader::read(const QByteArray& bytes, const QString& fileName,
                                  const TableLayout& layout)
{
    const TextDecoder::Decoded decoded = TextDecoder::decode(bytes, fileName);
    const QChar delimiter = CsvTokenizer::detectDelimiter(decoded.text);
    return GridTableReader::read(CsvTokenizer::tokenize(decoded.text, delimiter, fileName),
                                 fileName, layout);
}

} // namespace egress::io
