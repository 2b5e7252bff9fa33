#pragma once

#include "domain/Entities.h"
#include "error/Result.h"

#include <QList>
#include <QString>

namespace mladesk {

// The domestic cases requests belong to.
class CaseRepository {
public:
    virtual ~CaseRepository() = default;

    virtual Status insert(const Case& kase) = 0;
    virtual Status update(const Case& kase) = 0;
    virtual Result<QList<Case>> all() = 0;
    virtual Result<Case> find(const QString& idOrReference) = 0;
};

} // namespace mladesk
