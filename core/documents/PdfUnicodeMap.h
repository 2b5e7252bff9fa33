#pragma once

#include <QByteArray>

namespace mladesk {

// Qt's PDF writer names each glyph in a font's ToUnicode map by the lowest
// code point the font maps to it. Noto CJK gives a Kangxi radical and the
// ideograph it stands for one glyph, so 一, 人, 日, 页… were copied out of a
// Chinese document as ⼀, ⼈, ⽇, ⻚… and a search for the ideograph missed them.
// This rewrites those entries to the ideograph (the code point sharing the
// glyph in Noto Sans CJK SC, else the radical's NFKC form), in place: every
// entry keeps its four hex digits, so the file's offsets stay valid. Maps
// written compressed are left as they are. Returns the entries rewritten.
int restoreIdeographsInToUnicode(QByteArray& pdf);

} // namespace mladesk
