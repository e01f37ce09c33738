namespace EmulationPortal.Domain.Reviews;

/// <summary>
/// The annual duty rating of a person (or, with no <see cref="UserId"/>, of a unit as a collective), entered or
/// imported by the unit. One per subject and year.
/// </summary>
public class AnnualRating
{
    private AnnualRating()
    {
    }

    public AnnualRating(int year, int orgUnitId, string? userId, DutyRating rating)
    {
        Year = year;
        OrgUnitId = orgUnitId;
        UserId = userId;
        Rating = rating;
    }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public int OrgUnitId { get; private set; }
    public string? UserId { get; private set; }
    public DutyRating Rating { get; set; }
}

/// <summary>A discipline decision of a year, or (<see cref="Pending"/>) an investigation or complaint not yet settled.</summary>
public class DisciplineRecord
{
    public const int NoteMaxLength = 500;

    private DisciplineRecord()
    {
    }

    public DisciplineRecord(string userId, int year, DisciplineLevel level, bool pending, string note)
    {
        UserId = userId;
        Year = year;
        Level = level;
        Pending = pending;
        Note = note;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public int Year { get; private set; }
    public DisciplineLevel Level { get; private set; }
    public bool Pending { get; private set; }
    public string Note { get; private set; } = string.Empty;
}

/// <summary>
/// A title awarded in a year (imported history from earlier years, or the outcome of a round), so "3 consecutive years"
/// works from the first day. <see cref="InitiativeCode"/> is the initiative the award consumed.
/// </summary>
public class AwardRecord
{
    private AwardRecord()
    {
    }

    public AwardRecord(int year, AwardTitle title, int orgUnitId, string? userId, bool adHoc, string? initiativeCode)
    {
        Year = year;
        Title = title;
        OrgUnitId = orgUnitId;
        UserId = userId;
        AdHoc = adHoc;
        InitiativeCode = initiativeCode;
    }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public AwardTitle Title { get; private set; }
    public int OrgUnitId { get; private set; }
    public string? UserId { get; private set; }
    public bool AdHoc { get; private set; }
    public string? InitiativeCode { get; private set; }
}
