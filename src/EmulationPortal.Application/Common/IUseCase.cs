namespace EmulationPortal.Application.Common;

/// <summary>Marks a use case or query class: registered as a scoped service by <see cref="ApplicationRegistration"/>.</summary>
public interface IUseCase;
