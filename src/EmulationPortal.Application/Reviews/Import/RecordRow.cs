using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Reviews.Import;

/// <summary>What a unit's file holds: each person's (and the unit's own) annual duty ratings, or the titles of earlier years.</summary>
public enum RecordKind
{
    Ratings = 0,
    Titles = 1,
}

/// <summary>
/// One line of a ratings or titles file as typed, numbered from the header (row 1). No staff code means the unit itself
/// (its own rating, or a collective title). <see cref="Value"/> is the rating or the title.
/// </summary>
public sealed record RecordRow(int RowNumber, string Year, string StaffCode, string UnitCode, string Value, string AdHoc = "", string InitiativeCode = "");

/// <summary>The rows of a file, or why the file itself could not be read (a code the UI localises, and what the reader threw, for the log).</summary>
public sealed record RecordFile(IReadOnlyList<RecordRow> Rows, string? ErrorCode = null, Exception? ReadFailure = null);

/// <summary>A row and what is wrong with it; when it is valid, what it resolved to.</summary>
public sealed record RecordRowCheck(RecordRow Row, IReadOnlyList<FieldError> Errors, int Year, int? UnitId, string? UserId, string? PersonName, DutyRating? Rating, AwardTitle? Title, bool AdHoc)
{
    public bool IsValid => Errors.Count == 0;
}
