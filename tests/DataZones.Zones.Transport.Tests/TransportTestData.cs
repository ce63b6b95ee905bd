using DataZones.Marketplace.Identifiers;

namespace DataZones.Zones.Transport.Tests;

/// <summary>Shared fixtures: VINs with valid check digits and the holders' file lines (the test clock is 2026-11-16).</summary>
internal static class TransportTestData
{
    /// <summary>A Sinotruk heavy truck, model year 2021 (code M), plant 1.</summary>
    public static readonly string Truck = VehicleIdentificationNumberValidator.Complete("LZZ5BLSK0MA123456");

    /// <summary>A SAIC Volkswagen car, ex-taxi, with a rolled-back odometer and a flood brand.</summary>
    public static readonly string Car = VehicleIdentificationNumberValidator.Complete("LSVAU2180LN654321");

    /// <summary>The other party of the truck's accident.</summary>
    public static readonly string OtherCar = VehicleIdentificationNumberValidator.Complete("LFV2A21K0P3000777");

    /// <summary>A VIN nobody registered.</summary>
    public static readonly string Unregistered = VehicleIdentificationNumberValidator.Complete("LGXC16DF0R0999999");

    public const string TruckPlate = "鲁U8K376";
    public const string CarPlate = "鲁B3Q9M2";
    public const string Owner = "370202199003071233";
    public const string Driver = "370283197001010006";
    public const string TruckCase = "QD2026031500123";

    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>Every source's file for the fixture fleet, by source code.</summary>
    public static IReadOnlyList<(string Source, string Content)> Files() =>
    [
        ("vehicles", Csv("vin,plate,vehicle_type,use_nature,first_registered_on",
            $"{Truck},{TruckPlate},heavy-truck,freight,2020-06-01",
            $"{Car},{CarPlate},private-car,taxi,2018-04-10",
            $"{OtherCar},鲁B77Z01,private-car,non-operating,2023-02-01")),
        ("registration-events", Csv("event_id,vin,happened_on,event,use_nature,owner_id_number",
            $"EV1,{Car},2022-05-01,use-change,non-operating,{Owner}",
            $"EV2,{Car},2022-05-01,transfer,,{Owner}",
            $"EV3,{Car},2023-07-20,flood-damage,,",
            $"EV4,{Car},2024-01-10,mortgage,,",
            $"EV5,{Truck},2025-02-01,mortgage,,",
            $"EV6,{Truck},2025-08-01,mortgage-release,,")),
        ("inspections", Csv("inspection_id,vin,inspected_on,odometer_km",
            $"IN1,{Car},2020-04-01,98123", $"IN2,{Car},2022-04-02,187456", $"IN3,{Car},2024-04-03,61234", $"IN4,{Truck},2024-06-01,251377")),
        ("licences", Csv("licence_id,vin,valid_from,valid_until,status", $"370200123456,{Truck},2020-07-01,2028-06-30,valid")),
        ("telematics", Csv("vin,day,km,night_km,speeding_events,fatigue_events",
            $"{Truck},2026-11-10,400,200,3,1", $"{Truck},2026-11-11,500,250,2,0", $"{Truck},2026-11-12,100,10,0,0")),
        ("accidents", Csv("case_number,vin,occurred_at,longitude,latitude,liability_percent,injuries,damage,driver_id_number",
            $"{TruckCase},{Truck},2026-03-15T08:20:00+08:00,120.38291,36.06712,70,1,moderate,{Driver}",
            $"{TruckCase},{OtherCar},2026-03-15T08:20:00+08:00,120.38291,36.06712,30,1,minor,{Owner}",
            $"QD2019000001,{Car},2019-09-09T21:05:00+08:00,120.41234,36.10987,100,0,severe,")),
        ("violations", Csv("violation_id,vin,happened_on,code", $"VI1,{Truck},2026-09-01,1352", $"VI2,{Truck},2025-01-05,1039", $"VI3,{Truck},2024-02-05,1625")),
    ];

    public static async Task LoadAsync(Hosting.TransportHost host)
    {
        foreach (var (source, content) in Files())
        {
            var job = await host.IngestAsync(source, content);
            Assert.True(job["state"]!.GetValue<string>() == "succeeded" && job["rejected"]!.GetValue<long>() == 0, job.ToJsonString());
        }
    }
}
