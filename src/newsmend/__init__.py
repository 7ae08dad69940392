"""newsmend: clean, structured, trustworthy articles from raw and damaged news pages.

>>> import newsmend
>>> newsmend.repair("据悉,该计划已得到确认。").text
'据悉，该计划已得到确认。'
"""

from newsmend.article import SCHEMA_VERSION, Article, RelatedLink
from newsmend.errors import NewsmendError
from newsmend.extract import ExtractConfig, extract
from newsmend.repair import Fix, RepairConfig, RepairResult, apply_fixes, repair

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ExtractConfig",
    "Fix",
    "NewsmendError",
    "RelatedLink",
    "RepairConfig",
    "RepairResult",
    "__version__",
    "apply_fixes",
    "extract",
    "repair",
]
