#pragma once

#include "domain/Entities.h"
#include "error/Result.h"

#include <QList>
#include <QString>

namespace mladesk {

// The authorities that send and receive requests.
class AuthorityRepository {
public:
    virtual ~AuthorityRepository() = default;

    virtual Status insert(const Authority& authority) = 0;
    virtual Status update(const Authority& authority) = 0;
    virtual Result<QList<Authority>> all() = 0;
    virtual Result<Authority> find(const QString& id) = 0;
};

} // namespace mladesk
