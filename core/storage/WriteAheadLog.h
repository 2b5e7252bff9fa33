#pragma once

#include "error/Result.h"

#include <QString>

namespace mladesk {

// What SQLite's own recovery would make of a database's write-ahead log
// (PATH-wal), read without SQLite and without the key: the frames' checksums
// are over the encrypted pages. SQLite reads a log up to its first frame that
// fails its checksum and treats the rest as never written; when the rest holds
// a committed transaction, that is damage, not a torn tail, and the first
// checkpoint would make the loss permanent (issue 15, item 4).
//
// Damage is any of:
// - a header that does not verify (its checksum covers the magic number, page
//   size and salts) with frames after it: SQLite then ignores the whole log,
//   and with damaged salts or page size the frames cannot even be told apart
//   from those of an earlier log, so every frame counts as committed work;
// - a frame that cannot be read followed by a commit frame of the same log;
// - a killed writer's -shm index counting more frames committed than can be
//   read, whether a frame is damaged or the log was cut short.
struct WriteAheadLogInspection {
    qint64 frames = 0;         // whole frames in the file (at the header's page size when it fits)
    qint64 validFrames = 0;    // frames SQLite would read (up to its last commit)
    qint64 firstBadFrame = 0;  // 1-based; 0 when every frame reads
    qint64 committedAfter = 0; // frames of this log after the bad one that end a transaction
    qint64 indexedFrames = 0;  // frames the -shm index of a killed writer calls committed (0: none)
    bool headerReads = true;   // magic, version, page size and checksum of the header verify
    bool damaged() const {
        return (!headerReads && frames > 0) || committedAfter > 0 || indexedFrames > validFrames;
    }
};

WriteAheadLogInspection inspectWriteAheadLog(const QString& databasePath);

// ErrorCode::Damaged, saying what was found and how to rescue, when opening
// the database would drop committed transactions from its log. Reads only.
Status checkWriteAheadLog(const QString& databasePath);

} // namespace mladesk
