"""Independent reader for the funder report tests: openpyxl (Debian's python3-openpyxl) reads the
workbook Koble wrote and prints what it found as JSON, so the test can check it without exceljs."""
import datetime
import json
import sys

import openpyxl


def cell(value):
    if isinstance(value, bool):
        return {"t": "bool", "v": value}
    if isinstance(value, (int, float)):
        return {"t": "number", "v": value}
    if isinstance(value, datetime.datetime):
        return {"t": "date", "v": value.date().isoformat()}
    if value is None:
        return None
    return {"t": "text", "v": str(value)}


def main(path):
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path, data_only=False)
    out = {"sheets": values.sheetnames, "detail": {}}
    for ws in values.worksheets:
        fw = formulas[ws.title]
        print_titles = ws.print_title_rows
        out["detail"][ws.title] = {
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "orientation": ws.page_setup.orientation,
            "fitToWidth": ws.page_setup.fitToWidth,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "printTitleRows": print_titles,
            "pageHeader": ws.oddHeader.left.text,
            "formats": [[c.number_format, c.alignment.horizontal, bool(c.alignment.wrap_text)] for c in next(ws.iter_rows(min_row=2, max_row=2), [])],
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "rows": [[cell(c) for c in row] for row in ws.iter_rows(values_only=True)],
            "formulas": [
                [c.coordinate, c.value]
                for row in fw.iter_rows()
                for c in row
                if isinstance(c.value, str) and c.value.startswith("=")
            ],
        }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
