// libFuzzer target for the interchange reader on its own: the input as an
// interchange file (InterchangeFormat::read, the path of `mladesk-cli
// import` and of a bundle's request.json) and as the register's list
// columns. Built with -DMLADESK_FUZZ=ON (clang); ctest runs it for a bounded
// number of runs over tests/data/fuzz/interchange, whose seeds include the
// hostile files of issue 15 (items 2 and 8: empty records by the thousand,
// control, bidirectional and invisible characters, unpaired surrogates,
// over-long texts and lists). -rss_limit_mb keeps what a run may take small:
// the problems of a file are capped (docs/interchange.md, "Import").
#include "interchange/EntityJson.h"
#include "interchange/InterchangeFormat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace mladesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto read = InterchangeFormat::read(bytes);
    if (read) // what was read is written canonically, and reads back
        (void)InterchangeFormat::read(InterchangeFormat::write(read.value()));
    else if (read.error().message.count(QLatin1Char('\n')) > 102) // the headline, 100 problems, the rest
        std::abort();
    (void)stringsFromJson(bytes);
    (void)identifiersFromJson(bytes);
    (void)dateRangesFromJson(bytes);
    (void)personsFromJson(bytes);
    return 0;
}
