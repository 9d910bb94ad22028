"""The PDFs headquarters accepts: timesheet, attendance list, deliverable, mission report (no Qt here)."""
