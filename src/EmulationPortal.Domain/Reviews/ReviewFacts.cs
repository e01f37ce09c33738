namespace EmulationPortal.Domain.Reviews;

/// <summary>The annual duty rating (đánh giá, xếp loại), lowest first so ratings compare by order.</summary>
public enum DutyRating
{
    /// <summary>Không hoàn thành nhiệm vụ.</summary>
    NotCompleted = 0,

    /// <summary>Hoàn thành nhiệm vụ.</summary>
    Completed = 1,

    /// <summary>Hoàn thành tốt nhiệm vụ.</summary>
    Good = 2,

    /// <summary>Hoàn thành xuất sắc nhiệm vụ (HTXSNV).</summary>
    Excellent = 3,
}

/// <summary>Forms of discipline, mildest first.</summary>
public enum DisciplineLevel
{
    /// <summary>Khiển trách.</summary>
    Reprimand = 0,

    /// <summary>Cảnh cáo.</summary>
    Warning = 1,

    /// <summary>Hạ bậc lương, giáng chức.</summary>
    Demotion = 2,

    /// <summary>Cách chức, buộc thôi việc.</summary>
    Dismissal = 3,
}

/// <summary>How far a recognised initiative's effect reaches (phạm vi ảnh hưởng).</summary>
public enum InitiativeScope
{
    Base = 0,
    Ministry = 1,
    National = 2,
}
