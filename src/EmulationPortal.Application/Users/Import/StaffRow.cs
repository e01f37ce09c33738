namespace EmulationPortal.Application.Users.Import;

/// <summary>One line of a staff file as typed, numbered from the header (row 1); blank lines are not counted.</summary>
public sealed record StaffRow(int RowNumber, string FullName, string Email, string StaffCode, string UnitCode, string Role);

/// <summary>The rows of a staff file, or why the file itself could not be read (a code the UI localises, and what the reader threw, for the log).</summary>
public sealed record StaffFile(IReadOnlyList<StaffRow> Rows, string? ErrorCode = null, Exception? ReadFailure = null);
