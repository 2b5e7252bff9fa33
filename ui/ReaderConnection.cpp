#include "ReaderConnection.h"

#include "storage/Register.h"

namespace mladesk {

std::shared_ptr<ReaderConnection> openReader(Register* reg, QString* failure) {
    if (!reg || !reg->isUnlocked())
        return nullptr;
    auto db = reg->openConnection();
    if (!db) {
        if (failure)
            *failure = db.error().message;
        return nullptr;
    }
    auto connection = std::make_shared<ReaderConnection>();
    connection->db = std::move(db.value());
    return connection;
}

} // namespace mladesk
