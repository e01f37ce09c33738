namespace EmulationPortal.Domain.Recognition;

public enum RecognitionKind
{
    /// <summary>Điển hình tiên tiến.</summary>
    AdvancedExample = 0,

    /// <summary>Mô hình mới, cách làm hay.</summary>
    GoodPractice = 1,

    /// <summary>Khen thưởng.</summary>
    Commendation = 2,
}
