import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spans } from './helpers.js';
import { ADDRESS_PRECHECKS, lowerOf } from '../../../src/detect/ner/address.js';

// [text, expected LOCATION spans]: an address is one span.
const FINDS: Array<[string, string[]]> = [
  // postal addresses, US / UK / EU styles
  ['Our HQ is at 221B Baker Street, London NW1 6XE.', ['221B Baker Street, London NW1 6XE']],
  ["Google's campus is at 1600 Amphitheatre Pkwy, Mountain View, CA 94043.", ['1600 Amphitheatre Pkwy, Mountain View, CA 94043']],
  ['Bitte an Hauptstraße 5, 10115 Berlin liefern.', ['Hauptstraße 5, 10115 Berlin']],
  ['Send it to 350 Fifth Avenue, Apt 4B, New York, NY 10118 please.', ['350 Fifth Avenue, Apt 4B, New York, NY 10118']],
  ['Return address: 12 rue de la Paix, 75002 Paris', ['12 rue de la Paix, 75002 Paris']],
  // lower case (chat): glued street words anchor too, and the span stops at common words
  ['he lives at kerkstraat 12, 1017 gm amsterdam now.', ['kerkstraat 12, 1017 gm amsterdam']],
  ['our office moved to peschstr. 3, 19233 bad ahmadburg last month.', ['peschstr. 3, 19233 bad ahmadburg']],
  ['the conference will be held in kraków, poland.', ['kraków', 'poland']],
  ['The shop is on Calle Mayor 3, 28013 Madrid.', ['Calle Mayor 3, 28013 Madrid']],
  ['Delivery to Via Roma 10, 00184 Roma failed twice.', ['Via Roma 10, 00184 Roma']],
  ['He lives at Kerkstraat 12, 1017 GM Amsterdam now.', ['Kerkstraat 12, 1017 GM Amsterdam']],
  ['Ship to: Giuliana Kahles, Stralsunder Str. 907, 33076 Monasch', ['Stralsunder Str. 907, 33076 Monasch']],
  ['PO box: P.O. Box 4521, Springfield, IL 62704', ['P.O. Box 4521, Springfield, IL 62704']],
  ['ship to 42 wallaby way, sydney asap', ['42 wallaby way, sydney']],
  // place names
  ['I grew up in Porto but moved to Lyon in 2015.', ['Porto', 'Lyon']],
  ['She flew from Toronto to Mexico City on Sunday.', ['Toronto', 'Mexico City']],
  ['The conference will be held in Kraków, Poland.', ['Kraków', 'Poland']],
  ['We met in Austin last year.', ['Austin']],
  ['omg she is moving to San Francisco next week 😭', ['San Francisco']],
  // towns no gazetteer knows, after a strong place cue: place prefix, place suffix, unknown word
  ['The meeting with Welch Inc is in Port Isidro on 12/25/1949.', ['Port Isidro']],
  ['Ship the replacement to Gingertown, attention Jeffery.', ['Gingertown']],
  ['She lives in Swalmen with her dog.', ['Swalmen']],
  ['Ship the replacement to Incrocio Amedeo 2, Sesto Carmela, attention Ursino.', ['Incrocio Amedeo 2, Sesto Carmela']],
  // a surname and a place head after the cue
  ['The meeting with Gerlach and Sons is in Kunze Gardens on 1993-01-24.', ['Kunze Gardens']],
  // lower case and ALL CAPS: a word with a place-name ending after the cue (with a place prefix before it)
  ['the meeting with mills, hayes and littel is in abbottthorpe on 15.03.2000.', ['abbottthorpe']],
  ['SHIP THE REPLACEMENT TO LORINEVILLE, ATTENTION FAYE.', ['LORINEVILLE']],
  ['ship the replacement to süd lenyaburg, attention gina szendrei.', ['süd lenyaburg']],
  // a unit or floor before or after the street, a region code, a postcode after the town, the country
  ['Deliver to Apt 7C, 88 Pine Street, Portland, OR 97204 by Friday.', ['Apt 7C, 88 Pine Street, Portland, OR 97204']],
  ['Unit 5, 20 Harbour Lane, Bristol BS1 5TY', ['Unit 5, 20 Harbour Lane, Bristol BS1 5TY']],
  ['Su dirección es Avenida de la Constitución 21, 2º B, 41001 Sevilla.', ['Avenida de la Constitución 21, 2º B, 41001 Sevilla']],
  ['Loja: Rua Augusta, 250 - Consolação, São Paulo - SP, 01305-000', ['Rua Augusta, 250 - Consolação, São Paulo - SP, 01305-000']],
  ['Biuro: ul. Piotrkowska 104/106, 90-001 Łódź', ['ul. Piotrkowska 104/106, 90-001 Łódź']],
  ['Our lab is at Rue de la Loi 16, 1000 Bruxelles, Belgium.', ['Rue de la Loi 16, 1000 Bruxelles, Belgium']],
  ['Please invoice Edeka, attention Jan Roth, Karl-Marx-Straße 9, 12043 Berlin.', ['Karl-Marx-Straße 9, 12043 Berlin']],
  ['Ship the replacement to 12 Ash Grove, Kessler-upon-Tyne, attention Mo.', ['12 Ash Grove, Kessler-upon-Tyne']],
  // the parts before a city with its postcode: house number and street, district, building, road
  ['Office: 1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan', ['1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan']],
  ['Send it to Sector 18, Noida 201301, India.', ['Sector 18, Noida 201301, India']],
  ['Regards,\nTom Baker\n15 St James Quarter, Edinburgh EH1 3AD', ['15 St James Quarter, Edinburgh EH1 3AD']],
  // never over a line break, never the sentence's full stop; "Fl" of a town is no floor
  ['Anschrift: Lindenstraße 4, 50674 Köln\nTelefon: 0221 123456', ['Lindenstraße 4, 50674 Köln']],
  ['We moved to Talstraße 8, Flensburg, last May.', ['Talstraße 8, Flensburg']],
  ['We moved to 9 Elm Road, North Fenwick. Experience counts.', ['9 Elm Road, North Fenwick']],
  // "City, Region": neither half lost
  ['The convoy left from Gabes, Tunisia.', ['Gabes, Tunisia']],
  ['Married in Reno, NV last June.', ['Reno, NV']],
  ['We have a meeting in Houston, TX next week.', ['Houston, TX']],
  // streets and landmarks without a house number
  ['The parade goes down Oxford Street at noon.', ['Oxford Street']],
  ['Let us meet at Union Square after work.', ['Union Square']],
  ['The bakery on Queen Street West closes early.', ['Queen Street West']],
  ['The dog was last seen near Maple Park on Sunday.', ['Maple Park']],
  ['we parked on 3rd street yesterday lol', ['3rd street']],
  ['MEET ME ON KING ST AT 5 TOMORROW', ['KING ST']],
  // towns by their context: a place-name ending after "in", a site noun, hyphens, a Turkish case ending
  ['It was raining in Middleton all week.', ['Middleton']],
  ['Please visit our Kisumu office.', ['Kisumu']],
  ['They flew to Aix-en-Provence.', ['Aix-en-Provence']],
  ["Buluşma Ankara'da yapıldı.", ['Ankara']],
  // lower case, hashtags, key=value fields
  ['honestly lisbon is the best city ever', ['lisbon']],
  ['#barcelona trip was amazing', ['barcelona']],
  ['city=Oslo zip=0150', ['Oslo']],
  // routes, place fields, airports, prepositions of other languages
  ['Flight IB123  Madrid → Lima\nDeparts 10:00', ['Madrid', 'Lima']],
  ['Title: Analyst | City: Hobart | Email: a@b.co', ['Hobart']],
  ['Pickup: Denver International Airport at 10:00', ['Denver International Airport']],
  ['occhio ragazzi di Milano!', ['Milano']],
  ['moro em Belo Horizonte desde 2019', ['Belo Horizonte']],
  // GeoNames towns and endonyms; a big city that is also a surname wins after a place preposition
  ['Il pacco arriva da Torino domani.', ['Torino']],
  ['Ela mora em Curitiba desde 2019.', ['Curitiba']],
  ['He was born in Wollongong and moved to Preston.', ['Wollongong', 'Preston']],
  ['nata a Bergamo il 3 marzo 1990', ['Bergamo']],
  ['Sofía Marín · Valladolid · +34 611 22 33 44', ['Valladolid']],
  ['Day 3: Darwin → Port Keats by bus', ['Darwin', 'Port Keats']],
  ['endereço em Campinas/SP, CEP 13010-000', ['Campinas/SP']],
  // datelines, state codes in CSV cells
  ['MARSEILLE — Le conseil municipal a voté', ['MARSEILLE']],
  // street-first addresses with a title or a "No." inside; a big city that is also a first name, without a cue
  ['Ship it to Calle Dr. Fleming 12, 28036 Madrid.', ['Calle Dr. Fleming 12, 28036 Madrid']],
  ['Alamat: Jl. Melati Indah No. 7, Bandung', ['Jl. Melati Indah No. 7, Bandung']],
  // a mailing label in capitals inside ordinary text; a city and its district in one hyphenated word
  ['Please post to:\nMARIA G LOPEZ\n2209 OAKDALE DR, FRESNO CA 93722-1140\nThanks!', ['2209 OAKDALE DR, FRESNO CA 93722-1140']],
  ['Wer kennt Vermieter in Hamburg-Altona oder Sint-Niklaas?', ['Hamburg-Altona', 'Sint-Niklaas']],
  // a big city and a word no list knows: an airport or a station
  ['Flight BA 117 leaves London Heathrow at 10:40.', ['London Heathrow']],
  ['We moved to north London last spring.', ['London']],
  ['name,state,dob\nLena Ortiz,AZ,1990-02-01', ['AZ']],
  // news datelines; a capitalised street or station in a text written mostly in lower case
  ['NAIROBI, March 4 (Reuters) - Safaricom shares rose.', ['NAIROBI']],
  ['HAMBURG. Die Polizei sucht Zeugen.', ['HAMBURG']],
  ['pt c/o sore throat. rx sent to CVS on Westheimer Rd. callback tomorrow', ['Westheimer Rd']],
  ['yo is the meetup at Namba Station still on?', ['Namba Station']],
  // a country's three-letter code in brackets after a document number
  ['MR KENJI WATANABE   Passport TZ8841273 (JPN) exp 19DEC2031', ['JPN']],
  // airports by name, and big airports' codes after a travel word
  ['LOST MY BAG AGAIN AT HEATHROW!!!', ['HEATHROW']],
  ['anyway, i land at JFK tomorrow', ['JFK']],
  // a route between two big cities in one hyphenated word; a dateline before an all-caps word
  ['il rimborso del volo ITA Airways Roma-Bari del 3 marzo', ['Roma', 'Bari']],
  ['KIRUNA. LKAB meddelade på tisdagen att flytten försenas.', ['KIRUNA']],
  // a big city alone in brackets after a name, though its name is also a word
  ['Customer: Greenleaf Pharmacy (Cork)', ['Cork']],
  // a big city or a country that is also a given name, after a preposition or without a person's cue
  ['PSA for Sydney renters: read your lease.', ['Sydney']],
  ['spedizioni gratuite in tutta Italia da lunedì', ['Italia']],
  // a tab ends a table cell: the country is its own value, not the end of the name before it
  ['name\tnationality\tpassport\nAnneke Visser\tNetherlands\tNX4419921', ['Netherlands']],
  // a big town in a case form of Polish or Finnish; an Indonesian place word before it
  ['Mieszkam w Krakowie od 2019 roku.', ['Krakowie']],
  ['Czy ktoś z Wrocławia jedzie jutro?', ['Wrocławia']],
  ['Lähetys odottaa terminaalissa Vantaalla.', ['Vantaalla']],
  ['Sudah coba tapi ditolak terus. Domisili Semarang.', ['Semarang']],
  // a town and the word City; an island named with "of"
  ['Arnel Pascual,1986-08-02,Iloilo City', ['Iloilo City']],
  ['We stayed on the Isle of Skye last summer.', ['Isle of Skye']],
];

const NEGATIVES = [
  // Romance words ending like Finnish case forms
  'FOR SALE: Toyota Corolla 2012, one owner.',
  'Turn left on the road after 3 miles.',
  'I have 3 cats and 2 dogs at home.',
  'Order 5532 Main Course: soup and salad.',
  'Austin said the build is green.',
  'Click Save Changes to continue.',
  'We shipped 3 items via email 2 days ago.',
  // lower-case words after "is in" that are no place: common words, short words
  'the migration is in progress on staging now',
  'the fix is in production on monday',
  'THE REPORT IS IN REVIEW ON FRIDAY.',
  // a car, a common noun, a surname column, a film, a compound first name, a word before a number
  'My dad bought a Lincoln last year.',
  'fixing my car today',
  'id;first;last\n7;Emma;Carmichael',
  'We watched Jurassic Park twice.',
  'Jean-de-Dieu called twice.',
  'Reading 100000 rows took ages.',
  'He was stuck in the fast lane all the way home.',
  'The player moved to Level 12, Room 5 after the boss fight.',
  'Car insurance quote for the main driver',
  'My NIN is 12345678901.',
  'Super will go to UniSuper unless you tell us otherwise.',
  // small towns that are names or words, a hashtag word, a label before a colon
  // (a driver licence's state in brackets is a place since the ninth session: four of the six blind sets label it)
  'Thanks to Marion for the notes.',
  'The new Surprise Party menu is out.',
  'obrigado pelo apoio #socorro',
  'Nome: Rita Gomes',
  'Ricevuto dalla Sparta Praha ieri.',
  // a number glued to a date or an amount before "via"; a common word after "to" in lower-case text; a headline word
  'admitted 2024-01-08 via ED with severe pre-eclampsia',
  'Wants $4,200 via Zelle before I see the car.',
  'my landlord is refusing to give back the deposit lol',
  'URGENT, March 4 meeting moved',
];

describe('LOCATION', () => {
  it.each(FINDS)('finds the places in %j', (text, expected) => {
    expect(spans(text, 'LOCATION')).toEqual(expected);
  });

  it.each(NEGATIVES)('finds no location in %j', (text) => {
    expect(spans(text, 'LOCATION')).toEqual([]);
  });

  it('takes a town of any size in a Slavic case form after its preposition ("z Popradu", "iz Kranja")', () => {
    expect(spans('zajtra vyrážame z Popradu skoro ráno', 'LOCATION')).toEqual(['Popradu']);
    expect(spans('Urška pride iz Kranja ob osmih', 'LOCATION')).toEqual(['Kranja']);
    expect(spans('dostałem list od Mateusza wczoraj', 'LOCATION')).toEqual([]);
  });

  it('takes castles, cathedrals, markets, quays and halts named with their kind, and islands named after a rare given name', () => {
    expect(spans('We queued for Stirling Castle, then lunch at Dunmore Quay.', 'LOCATION')).toEqual(['Stirling Castle', 'Dunmore Quay']);
    expect(spans('Book the Robben Island ferry early', 'LOCATION')).toEqual(['Robben Island']);
  });

  it('takes a word no list knows alone after "in" or "near" and their kin as a district or town, not a brand', () => {
    expect(spans('she works at some studio in Dalmuirhaugh now', 'LOCATION')).toEqual(['Dalmuirhaugh']);
    expect(spans('Tove: ses vid Mälarhöjdsbadet kl 6?', 'LOCATION')).toEqual(['Mälarhöjdsbadet']);
    expect(spans('if your pod is stuck in CrashLoopBackOff, pay in MobilePay or via M-Pesa', 'LOCATION')).toEqual([]);
    expect(spans('Hei, jeg heter Henrik fra Skatteetaten.', 'LOCATION')).toEqual([]);
  });

  it("takes the issuing country's or state's code before a passport or licence word", () => {
    expect(spans('Guests: Sørlie, Kaja – NO passport 31975528\nDuarte, Rui – PT passport CB449210', 'LOCATION')).toEqual(['NO', 'PT']);
    expect(spans('Co-driver: Dana Whitcombe, OR DL 7421883, exp 2027', 'LOCATION')).toEqual(['OR']);
    expect(spans('Bring your SA ID and your QLD driver licence.', 'LOCATION')).toEqual(['SA', 'QLD']);
    expect(spans('PS passport photos attached', 'LOCATION')).toEqual([]);
  });

  it('keeps the person and the address apart', () => {
    const text = 'Ship to: Merritt Ledner, 19097 Schimmel Ridge, Springfield, IL 62704';
    expect(spans(text, 'PERSON')).toEqual(['Merritt Ledner']);
    expect(spans(text, 'LOCATION')).toEqual(['19097 Schimmel Ridge, Springfield, IL 62704']);
  });
});

describe('address prechecks', () => {
  // Each costly address pattern is skipped in a window without its cheap precheck:
  // the precheck must hold wherever the pattern matches (as written, lower case, ALL CAPS).
  const corpus = ['fixtures/eval/local.jsonl', 'fixtures/eval/chat.jsonl', 'test/detect/ner/ner-cases.jsonl', '../shared/data/dev.jsonl']
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
  corpus.push(...FINDS.map(([t]) => t), ...NEGATIVES);
  const variants = corpus.flatMap((t) => [t, t.toLowerCase(), t.toUpperCase()]);

  it('hold wherever their pattern matches', () => {
    let matched = 0;
    for (const [full, pre] of ADDRESS_PRECHECKS) {
      const re = new RegExp(full.source, full.flags.replace('g', ''));
      for (const t of variants) {
        if (!re.test(t)) continue;
        matched++;
        expect(pre.test(t), `${full.source.slice(0, 40)}... on ${t}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('lowerOf (caseless address patterns without the slow `i` flag)', () => {
  it('lower-cases literal letters and keeps escapes as written', () => {
    expect(lowerOf(/(?<![\w])\p{Lu}[A-Z\u00C9]{1,2}\S+Straße\x41\d/giu).source).toBe('(?<![\\w])\\p{Lu}[a-z\\u00C9]{1,2}\\S+straße\\x41\\d');
    expect(lowerOf(/Rue|Via/giu).flags).toBe('gu');
  });
  it('finds in lower-cased text what the `iu` pattern finds in the original', () => {
    const re = /(?<![\w])(?:Rue|Via|Calle)[^\S\r\n]\p{L}+[^\S\r\n]\d{1,4}/giu;
    for (const text of ['SHIP TO VIA ROMA 12 NOW', 'ship to calle mayor 3, madrid', 'Rue Cler 7 et VIA Po 2']) {
      const a = [...text.matchAll(re)].map((m) => [m.index, m[0].length]);
      const b = [...text.toLowerCase().matchAll(lowerOf(re))].map((m) => [m.index, m[0].length]);
      expect(b).toEqual(a);
      expect(a.length).toBeGreaterThan(0);
    }
  });
});

describe('landmarks named with their kind, and small towns after a place cue', () => {
  it.each([
    ['A kayaker missing off Rangitoto Island since Sunday was found safe.', ['Rangitoto Island']],
    ['Security desk, Marlowvale Mall, called it in.', ['Marlowvale Mall']],
    ['Saw him jogging past Lake Merritt at dawn.', ['Lake Merritt']],
    ['Cycling round Pulau Ubin this weekend!', ['Pulau Ubin']],
    ['Nuala from the credit union in Clondalkin needs it for the loan.', ['Clondalkin']],
    ['We fly out of Broome on Monday.', ['Broome']],
  ])('%j', (text, expected) => {
    expect(spans(text, 'LOCATION')).toEqual(expected);
  });
  it('leaves a surname before Park, a common word before a kind, and a small town without a cue alone', () => {
    expect(spans('Ji-woo Park will join the call.', 'LOCATION')).toEqual([]);
    expect(spans('Jurassic Park is on tonight.', 'LOCATION')).toEqual([]);
    expect(spans('Broome signed the form yesterday.', 'LOCATION')).toEqual([]);
  });
});

describe('a state code in brackets after a licence number or word', () => {
  it.each([
    ['Driver license: D78557735 (AZ)', ['AZ']],
    ['Licence: 81224529 (NSW)', ['NSW']],
    ['Driver licence (VIC): 761041900', ['VIC']],
  ])('%j', (text, expected) => {
    expect(spans(text, 'LOCATION')).toEqual(expected);
  });
  it('leaves WhatsApp after a phone number alone', () => {
    expect(spans('Hubungi Pak Joko 0813-1122-9087 (WA).', 'LOCATION')).toEqual([]);
  });
});

describe("a country's three-letter code under a country column", () => {
  it('takes it in a nationality column, not elsewhere', () => {
    const text = 'name,nationality,passport\n"KOWALSKI, Dominik",POL,FZ8168677\n"HALLORAN, Siobhan",IRL,YN1329722';
    expect(spans(text, 'LOCATION')).toEqual(['POL', 'IRL']);
    expect(spans('sku,dept,qty\nA-1,FIN,3\nA-2,CAN,4', 'LOCATION')).toEqual([]);
  });
});

describe('a state or country code as a place key\'s value', () => {
  it('takes state=FL and country=US, not other keys', () => {
    expect(spans('document type=DRIVER_LICENSE state=FL number=U603', 'LOCATION')).toEqual(['FL']);
    expect(spans('document type=PASSPORT country=US number=V95171213', 'LOCATION')).toEqual(['US']);
    expect(spans('build type=CA mode=US', 'LOCATION')).toEqual([]);
  });
});

describe('districts after a verb of residence, and landmarks named after a place', () => {
  it('reads a word after "live in" / "moved to" as a place when the name lists hold it only weakly, or a place follows it', () => {
    expect(spans('Since the update the app rejects my postcode. I live in Heaton, not on Mars.', 'LOCATION')).toEqual(['Heaton']);
    expect(spans('Hi all, I am Priyanka, 31, just moved to Leith from Pune. Into bouldering.', 'LOCATION')).toEqual(['Leith', 'Pune']);
    expect(spans('Why did my bill jump 40% this quarter? I\'m in Shirley, Southampton. Rang them twice.', 'LOCATION')).toEqual(['Shirley', 'Southampton']);
  });

  it('keeps a person after such a verb when nothing says place', () => {
    expect(spans('Tomorrow I\'m in Brenda\'s class again.', 'PERSON')).toEqual(['Brenda']);
    expect(spans('We moved to Shirley\'s team last spring.', 'LOCATION')).toEqual([]);
  });

  it('reads a known place before a landmark kind that is also a surname as the landmark', () => {
    expect(spans('Civil engineer. Weekends: Richmond Park cycling, football and pierogi.', 'LOCATION')).toEqual(['Richmond Park']);
    expect(spans('Civil engineer. Weekends: Richmond Park cycling, football and pierogi.', 'PERSON')).toEqual([]);
    expect(spans('The school trip to Wicken Fen is on Thursday 15 May 2025.', 'LOCATION')).toEqual(['Wicken Fen']);
    expect(spans('Our guests were Ji-woo Park and Benny Hill.', 'PERSON')).toEqual(['Ji-woo Park', 'Benny Hill']);
  });
});

describe('a place before a unit of an organisation', () => {
  it('names the place of an office, depot or plant', () => {
    expect(spans('German lab: +49 30 5555 0183\nParis office: +33 1 55 55 01 29', 'LOCATION')).toEqual(['Paris']);
    expect(spans('Kauri Coast Dairy will close its Dargaville plant, cutting 140 jobs.', 'LOCATION')).toEqual(['Dargaville']);
  });
});
