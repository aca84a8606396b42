"""Child process for the kill -9 soak: writes single records and bulk batches, reporting each AFTER its commit."""

from __future__ import annotations

import os
import random
import sys
from datetime import date, datetime


def main(db_path: str, password: str, ids_path: str, seed: int) -> None:
    from commune_desk.domain.propaganda import PropagandaActivity
    from commune_desk.storage import audit_log
    from commune_desk.storage.database import open_database
    from commune_desk.storage.models import PropagandaRow
    from tests.propaganda import propaganda_repo

    rng = random.Random(seed)
    db = open_database(db_path, password or None)
    repo = propaganda_repo(db, "soak", today=lambda: date(2026, 11, 20))
    out = open(ids_path, "a", encoding="utf-8")
    print("ready", flush=True)
    batch = 0
    first = True
    while True:
        if rng.random() < 0.7:
            rec = repo.add(PropagandaActivity(activity_date=date(2026, 1 + rng.randrange(10), 1 + rng.randrange(28)),
                                              form_code="hoi_nghi", title=f"soak {seed}", participants=rng.randrange(99)))
            out.write(f"r {rec.id}\n")
        else:
            batch += 1
            tag = f"batch-{os.getpid()}-{batch}"
            now = datetime.now()
            with db.write() as s:  # a bulk import: all rows and their audit entries in one transaction
                for i in range(25):
                    row = PropagandaRow(activity_date=date(2026, 2, 1), form_code="hoi_nghi", title=f"{tag} #{i}",
                                        participants=i, materials=0, target_groups="", organiser="", note=tag,
                                        catalogue_version="", search_text=tag, created_at=now, updated_at=now)
                    s.add(row)
                    s.flush()
                    audit_log.append(s, "soak", "import", "propaganda", row.id, None, {"title": row.title})
            out.write(f"b {tag} 25\n")
        out.flush()
        if first:  # the parent kills only after a first commit, so a loaded machine still tests kills mid-write
            print("wrote", flush=True)
            first = False


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
