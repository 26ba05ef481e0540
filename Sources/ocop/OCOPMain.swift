import OCOPCLI

@main extension OCOPCommand {}
