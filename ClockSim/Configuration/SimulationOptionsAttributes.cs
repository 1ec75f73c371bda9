using Microsoft.Extensions.Options;

namespace ClockSim.Configuration;

/// <summary>
/// The rules of the settings' attributes (<see cref="SettingRangeAttribute"/>, <see cref="SettingRequiredAttribute"/>),
/// checked by generated code, nested sections marked <c>[ValidateObjectMembers]</c> and lists <c>[ValidateEnumeratedItems]</c>.
/// </summary>
[OptionsValidator]
internal sealed partial class SimulationOptionsAttributes : IValidateOptions<SimulationOptions>;
