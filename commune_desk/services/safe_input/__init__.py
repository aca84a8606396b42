"""The one guard every file from outside passes through: workbooks, packages, receipts, signatures, backups.

Records, plan and mapping workbooks, report packages, receipts, plan signatures and backups all come from USB
sticks or e-mail. Nothing here trusts a declared size, a name inside an archive or an XML prolog; sheets are
counted (rows, columns, cells, merged cells, text, formulas) before a parser builds anything (openpyxl, or
calamine for a records import's values: values.py). Every refusal is an
`UnsafeInput` (an ExpectedError) naming the file and, when there is one, the entry, sheet or cell. The limits for
each kind of file are in `limits.py` and in the table of docs/security.md. No other module opens a zip archive
or a workbook that came from outside (tests/protection/test_guard_is_the_only_door.py).
"""

from commune_desk.services.safe_input.files import (  # noqa: F401
    DEFAULT_MAX_FILE_BYTES, InputTooLarge, UnsafeArchive, UnsafeInput, UnsafeWorkbook, UnsafeXml, WrongFileType,
    check_backup_file, check_file, load_json_file, read_bytes_capped,
)
from commune_desk.services.safe_input.limits import (  # noqa: F401
    BACKUP, CERTIFICATE, JSON_DOCUMENT, KEY_STORE, KINDS, MAPPING, OWN_DOCUMENT, PACKAGE, PLAN, PLAN_SIGNATURE,
    RECEIPT, RECORDS, FileKind, MiB, SheetLimits, ZipLimits, limits_table,
)
from commune_desk.services.safe_input.sheets import WorkbookScan  # noqa: F401
from commune_desk.services.safe_input.workbooks import (  # noqa: F401
    WORKBOOK_SUFFIXES, CheckedWorkbook, check_workbook, check_workbook_bytes, open_workbook_checked,
    open_workbook_safely,
)
from commune_desk.services.safe_input.values import ValuesBook, calamine_available, open_values_checked  # noqa: F401
from commune_desk.services.safe_input.xmlcheck import (  # noqa: F401
    parse_xml, parse_xml_file, xml_prolog_problem,
)
from commune_desk.services.safe_input.zips import (  # noqa: F401
    DAMAGE, check_zip, check_zip_data, damaged_entry, entry_name_problem, open_checked_zip, read_zip_entry, read_zip_members, shown,
)
