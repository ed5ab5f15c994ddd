package loadtest

// The invented vocabulary of the generated corpus. Templates take
// placeholders filled per story (and varied per article):
//
//	{P} the place (a town)        {R} its region
//	{O} the official's full name  {T} the official's title
//	{S} the official's surname    {G} the organisation
//	{W} a witness                 {X} an expert
//	{N1} the main count           {N2} a duration in hours
//	{N3} a sum in millions        {D} a weekday
//
// Each kind is one sort of event, with its own words so that stories of
// different kinds rarely share content words, as real events differ.

// kind is one sort of event.
type kind struct {
	org    string   // what the organisation involved is, after the place's name
	titles []string // headline templates
	leads  []string // first-sentence templates
	body   []string // sentences any article of the story may carry
	quotes []string // what the official says, in the words of one outlet or another
}

var kinds = []kind{
	{
		org:    "Water Board",
		titles: []string{"Reservoir closed in {P} after dye leak", "{P} households told to boil water as reservoir shut"},
		leads: []string{
			"Engineers shut the main reservoir serving {P} on {D} after a green dye was found in the intake, leaving {N1} households on bottled water.",
			"About {N1} homes in {P} were told on {D} not to drink tap water after dye seeped into the reservoir that feeds the town.",
		},
		body: []string{
			"The {G} said samples taken at the intake showed traces of an industrial dye.",
			"Tanker lorries were parked outside three schools in {P} to hand out drinking water.",
			"{W}, who runs a bakery near the square, said she had closed for the day because she could not use the taps.",
			"The reservoir holds enough water for about {N2} hours of normal demand, engineers said.",
			"Repairs to the filtering station are expected to cost {N3} million crowns.",
			"{X}, a water chemist, said the dye was unlikely to be harmful in small amounts but that caution was sensible.",
		},
		quotes: []string{
			"\"We will not reopen the valves until every sample is clean,\" said {O}, {T} of the {G}.",
			"{O}, the {G}'s {T}, said the valves would stay closed \"until every sample comes back clean\".",
		},
	},
	{
		org:    "Lift Company",
		titles: []string{"Cable car stranded above {P} for hours", "Riders rescued from stalled cable car in {P}"},
		leads: []string{
			"A cable car stalled above the valley at {P} on {D}, leaving {N1} riders suspended for nearly {N2} hours before mountain crews lowered them on ropes.",
			"Mountain crews in {P} spent {N2} hours on {D} lowering {N1} passengers from a cable car that stopped halfway up the slope.",
		},
		body: []string{
			"The {G}, which operates the line, blamed a fault in the drive wheel.",
			"Helicopters circled the gondolas while rescuers climbed the pylons.",
			"{W}, a teacher travelling with her pupils, said the children sang to pass the time.",
			"The line was inspected in the spring and passed every test, the operator said.",
			"Repairs and a full inspection could cost {N3} million crowns.",
			"{X}, an engineer who studies mountain lifts, said such stoppages are rare but not unheard of.",
		},
		quotes: []string{
			"\"Nobody was hurt, and that is what matters tonight,\" {O}, the {T} of the {G}, told reporters.",
			"{O}, {T} of the {G}, said what mattered was that \"nobody was hurt\".",
		},
	},
	{
		org:    "Harbour Company",
		titles: []string{"Dockers walk out at {P} harbour", "Harbour strike halts cranes in {P}"},
		leads: []string{
			"Dock workers at {P} harbour stopped the cranes on {D} in a dispute over night shifts, stranding {N1} containers on the quay.",
			"A walkout by dockers in {P} on {D} left {N1} containers waiting on the quay as talks over night shifts collapsed.",
		},
		body: []string{
			"The {G} said it had offered a new rota that would cut night shifts by a third.",
			"Lorries queued for kilometres on the coast road into {P}.",
			"{W}, a crane driver for eleven years, said the night rota had worn his crew down.",
			"The stoppage was planned to last {N2} hours, the union said.",
			"Exporters estimated losses at {N3} million crowns a day.",
			"{X}, who studies shipping, said other ports along the coast could take some of the cargo.",
		},
		quotes: []string{
			"\"Our door stays open, but the cranes stay still,\" said {O}, {T} of the dockers' union.",
			"The union's {T}, {O}, said its door was open \"but the cranes stay still\".",
		},
	},
	{
		org:    "Heritage Trust",
		titles: []string{"Thieves take maps from {P} archive", "Old sea charts stolen from archive in {P}"},
		leads: []string{
			"Thieves broke into the town archive of {P} overnight before {D} and took {N1} hand-drawn sea charts, the police said.",
			"The police in {P} said {N1} hand-drawn sea charts were taken from the town archive in a break-in discovered on {D}.",
		},
		body: []string{
			"The {G} said the charts had been insured for {N3} million crowns.",
			"A side window had been forced and the alarm wires cut, investigators said.",
			"{W}, who lives opposite the archive, said she heard a van shortly after midnight.",
			"Officers searched the harbour district for {N2} hours without finding the charts.",
			"Some of the charts had been lent to museums abroad in recent years.",
			"{X}, a historian of cartography, said the charts would be almost impossible to sell openly.",
		},
		quotes: []string{
			"\"These charts belong to everyone in {P},\" {O}, the {T} of the {G}, said.",
			"{O}, {T} of the {G}, called the charts the property of \"everyone in {P}\".",
		},
	},
	{
		org:    "Power Cooperative",
		titles: []string{"Grid failure darkens {P}", "Power cut leaves {P} without light"},
		leads: []string{
			"A failure at a substation cut power to {N1} homes in {P} on {D}, halting trams and shutting the shops for about {N2} hours.",
			"Trams stopped and shops closed across {P} on {D} when a substation fault left {N1} homes without electricity.",
		},
		body: []string{
			"The {G} said a cooling pump had failed at the substation north of the town.",
			"Traffic lights went dark at rush hour and volunteers directed cars at the main crossings.",
			"{W}, who owns a pharmacy on the high street, said he kept medicines cold with ice from a fishmonger.",
			"Hospital generators started within seconds, the health board said.",
			"Replacing the substation equipment will cost about {N3} million crowns.",
			"{X}, an energy engineer, said the grid in {R} had little spare capacity.",
		},
		quotes: []string{
			"\"The lights are back, but we owe people a full explanation,\" said {O}, {T} of the {G}.",
			"{O}, the {G}'s {T}, said people were owed \"a full explanation\" now the lights were back.",
		},
	},
	{
		org:    "Growers' Council",
		titles: []string{"Orchard blight spreads in {R}", "Growers near {P} fight apple blight"},
		leads: []string{
			"A blight that blackens apple leaves has spread to {N1} orchards around {P}, growers said on {D}, weeks before the harvest.",
			"Growers around {P} said on {D} that a leaf blight had reached {N1} orchards, threatening the harvest in {R}.",
		},
		body: []string{
			"The {G} has banned the movement of saplings out of the district.",
			"Inspectors in white suits walked the rows of trees, tagging the sick ones.",
			"{W}, whose family has grown apples for four generations, said he had burned forty trees.",
			"Spraying crews worked in shifts of {N2} hours to treat the healthy orchards.",
			"The regional council set aside {N3} million crowns to compensate growers.",
			"{X}, a plant pathologist, said a wet spring had helped the blight spread.",
		},
		quotes: []string{
			"\"We can save this harvest if growers report every sick tree,\" {O}, the {T} of the {G}, said.",
			"{O}, {T} of the {G}, said the harvest could be saved \"if growers report every sick tree\".",
		},
	},
	{
		org:    "Sports Foundation",
		titles: []string{"Stadium roof panels fall in {P}", "{P} stadium shut after roof panels collapse"},
		leads: []string{
			"Several roof panels fell into the stands of the stadium in {P} on {D}, hours before {N1} fans were due for a match.",
			"The stadium in {P} was shut on {D} after roof panels crashed into empty stands before a match expected to draw {N1} fans.",
		},
		body: []string{
			"The {G} said strong gusts had loosened the bolts holding the panels.",
			"Groundsmen had been working on the pitch but no one was in the stands.",
			"{W}, a steward at the ground, said the noise sounded like thunder.",
			"The match was moved to a town {N2} kilometres away.",
			"Engineers estimated that a new roof would cost {N3} million crowns.",
			"{X}, a structural engineer, said the roof had been built cheaply in the eighties.",
		},
		quotes: []string{
			"\"We were lucky, and luck is not a safety plan,\" said {O}, {T} of the {G}.",
			"{O}, the {T} of the {G}, said the town had been lucky and that \"luck is not a safety plan\".",
		},
	},
	{
		org:    "Valley Authority",
		titles: []string{"Glacier lake warning for {P}", "{P} valley on alert as glacier lake swells"},
		leads: []string{
			"Authorities in {R} warned on {D} that a lake trapped behind a glacier above {P} could burst, and moved {N1} residents from the valley floor.",
			"{N1} people living below a swelling glacier lake above {P} were moved to higher ground on {D}, officials in {R} said.",
		},
		body: []string{
			"The {G} said the ice wall holding the lake had thinned sharply this summer.",
			"Sirens were tested along the river and the valley road was closed to lorries.",
			"{W}, a shepherd who grazes his flock near the lake, said the water had risen every morning.",
			"Engineers began pumping water from the lake in shifts lasting {N2} hours.",
			"A drainage channel through the moraine would cost {N3} million crowns.",
			"{X}, a glaciologist, said several lakes in {R} had grown quickly in warm years.",
		},
		quotes: []string{
			"\"If the ice gives way, the valley has less than an hour,\" {O}, {T} of the {G}, said.",
			"{O}, the {G}'s {T}, said the valley would have \"less than an hour\" if the ice gave way.",
		},
	},
	{
		org:    "Savings Bank",
		titles: []string{"Fraud trial opens in {P}", "{P} lender's former chiefs go on trial"},
		leads: []string{
			"The former managers of a savings bank in {P} went on trial on {D}, accused of hiding losses of {N3} million crowns from {N1} depositors.",
			"A trial of former savings bank managers opened in {P} on {D}; prosecutors say {N1} depositors were misled about losses of {N3} million crowns.",
		},
		body: []string{
			"The {G} has been under state administration since the losses came to light.",
			"Depositors gathered outside the court holding copies of their passbooks.",
			"{W}, a retired nurse, said she had lost most of her savings.",
			"The judges set aside {N2} days of hearings for the case.",
			"Defence lawyers said the managers had followed the advice of auditors.",
			"{X}, a banking lawyer, said the case would test rules written for larger lenders.",
		},
		quotes: []string{
			"\"The depositors were told a story, and the story was false,\" said {O}, the {T}.",
			"{O}, the {T}, told the court the depositors had been told \"a story, and the story was false\".",
		},
	},
	{
		org:    "Coast Wardens",
		titles: []string{"Seabirds found dead on {P} shore", "Hundreds of dead seabirds wash up near {P}"},
		leads: []string{
			"Walkers found {N1} dead seabirds along the shore at {P} on {D}, and the {G} closed the beach while samples were tested.",
			"The {G} closed the beach at {P} on {D} after {N1} dead seabirds were found along a short stretch of shore.",
		},
		body: []string{
			"Most of the birds were young gulls and terns, volunteers said.",
			"Laboratory results are expected within {N2} hours.",
			"{W}, who walks her dog on the beach each morning, said the sand was covered with feathers.",
			"Fishermen were asked to report any dead birds they saw at sea.",
			"Cleaning the shore and testing the birds will cost about {N3} million crowns.",
			"{X}, an ornithologist, said a storm at sea or a toxic bloom could explain the deaths.",
		},
		quotes: []string{
			"\"Please do not touch the birds; leave that to our teams,\" {O}, {T} of the {G}, said.",
			"{O}, the {T} of the {G}, asked people \"not to touch the birds\" and to leave them to its teams.",
		},
	},
	{
		org:    "Tramways",
		titles: []string{"Tram derails in central {P}", "{P} tram leaves the rails at busy junction"},
		leads: []string{
			"A tram left the rails at a junction in central {P} on {D}, injuring {N1} passengers and blocking the line for about {N2} hours.",
			"{N1} passengers were hurt when a tram derailed at a busy junction in {P} on {D}, the {G} said.",
		},
		body: []string{
			"Investigators were examining a set of points that had been replaced last month.",
			"Buses replaced trams on the line into the evening.",
			"{W}, who was waiting at the stop, said the rear car swung across the road.",
			"The injured were taken to the district hospital, most with cuts and bruises.",
			"The {G} estimated the damage at {N3} million crowns.",
			"{X}, a rail safety specialist, said worn points were a common cause of derailments.",
		},
		quotes: []string{
			"\"Until we know why, that junction stays closed,\" said {O}, {T} of the {G}.",
			"{O}, the {G}'s {T}, said the junction would stay closed \"until we know why\".",
		},
	},
	{
		org:    "Observatory Society",
		titles: []string{"Observatory funding vote in {P}", "{P} council backs new telescope dome"},
		leads: []string{
			"The council of {P} voted on {D} to spend {N3} million crowns on a new dome for the hilltop observatory, by {N1} votes to a handful.",
			"Councillors in {P} approved {N3} million crowns for the hilltop observatory on {D}, with {N1} members voting in favour.",
		},
		body: []string{
			"The {G} runs the observatory and its public evenings.",
			"The old dome leaks and its motor has failed twice this year.",
			"{W}, an amateur astronomer, said school groups filled the evenings every week.",
			"The debate in the council chamber lasted {N2} hours.",
			"Opponents said the money should go to the town's roads.",
			"{X}, an astronomer at the regional university, said the site had unusually dark skies.",
		},
		quotes: []string{
			"\"A town that looks up is a town that looks ahead,\" {O}, {T} of the {G}, said after the vote.",
			"After the vote, {O}, the {G}'s {T}, said a town that looks up \"looks ahead\".",
		},
	},
}

// shared are sentences any story may carry, as real reports add background.
var shared = []string{
	"Officials in {R} said they would publish a fuller account within a week.",
	"Local radio carried updates through the day.",
	"The mayor of {P} called an emergency meeting for the following morning.",
	"Residents said they learned of it from neighbours before any official notice.",
	"Opposition councillors asked why warnings had not been acted on sooner.",
	"A helpline was opened for anyone affected.",
	"It was the second such incident in {R} this year.",
	"Schools in {P} stayed open, the education office said.",
	"{P}, a town of about forty thousand people, sits where the river meets the coastal road, and most of its residents work in the port, the hospital or the schools.",
	"The district council of {R} has been criticised in recent years for delaying repairs to public buildings while spending heavily on new offices.",
	"Insurers said it was too early to estimate claims, but that they had sent assessors to {P} to speak to those affected.",
	"{S} has held the post since the spring and had promised to publish inspection reports online, a promise that has not yet been kept.",
	"Members of the regional assembly said they would ask for a hearing on the matter when the assembly meets again next month.",
	"Volunteers from the fire brigade and the sailing club helped through the night, bringing blankets, hot drinks and torches.",
	"A similar episode in a neighbouring district two winters ago led to a review whose findings were never fully carried out.",
	"\"I have lived here all my life and I have never seen anything like it,\" said {W}, who was among the first to raise the alarm.",
	"{X} said it was too early to say who was responsible, and warned against drawing conclusions before the inspectors had finished.",
	"The {G} said it would pay for independent experts to review what had happened and publish their report in full.",
	"Several shops in the old quarter of {P} put signs in their windows offering help to neighbours.",
	"Trade groups in {R} said small businesses would need support if the disruption lasted more than a few days.",
}

// Name parts. Names are made from syllables so that they are invented and
// distinct: nameOf(k) differs for every k below len(onsets)*len(codas)^2.
var (
	onsets = []string{"Ka", "Lo", "Mer", "Vin", "Tas", "Ru", "Bel", "Dan", "Sor", "Ith", "Pal", "Gre", "Hal", "Jor", "Nev", "Qua", "Sel", "Ost", "Bra", "Cel"}
	codas  = []string{"ven", "dor", "mar", "lis", "tan", "sel", "rik", "bow", "nar", "sti", "gal", "per", "ume", "zio", "hart", "lin"}
)

var (
	placeEnds  = []string{"by", "holm", "wick", "stad", "ford", "mouth", "gate", "ness"}
	givenNames = []string{"Ansel", "Brita", "Corin", "Dalia", "Emeric", "Fenna", "Gustin", "Hedda", "Ivo", "Jorun", "Kasimir", "Liesl", "Marek", "Nelka", "Odo", "Petra"}
	titles     = []string{"director", "chief engineer", "spokesperson", "chair", "head", "commissioner"}
	orgKind    = []string{"Water Board", "Transit Authority", "Harbour Company", "Heritage Trust", "Power Cooperative", "Growers' Council", "Sports Foundation", "Valley Authority", "Savings Bank", "Coast Guardians", "Tramways", "Observatory Society"}
	regions    = []string{"Ostmark", "Vellan Coast", "Upper Sarrow", "Dunmere", "Halvik Fjords", "Brennholt", "Caldor Plains", "Lisvenne", "Tarnwick", "Morvalle"}
	outlets    = []string{"Ostmark Courier", "Vellan Ledger", "Sarrow Evening Post", "Dunmere Herald", "Fjord Daily", "Brennholt Bulletin",
		"Caldor Gazette", "Lisvenne Observer", "Tarnwick Times", "Morvalle Record", "Northern Dispatch", "Coastline Chronicle",
		"Valley Messenger", "Harbour Sentinel", "Regional Wire", "Plainsman", "Upland Review", "Riverside Tribune",
		"Lantern Press", "Weekly Compass", "Granite Journal", "Beacon Radio News", "Meridian Sheet", "Crossroads Daily"}
)
