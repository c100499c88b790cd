import type { ComputedIndicatorKey, InitiativeState } from '@portal/contracts';
import type { Tx } from '../lib/db.js';
import type { SeedContext } from './demo.js';

/**
 * The two seed strategies (issue 5), entered as written (lines the PDF broke re-flowed):
 * - Region Hovedstaden: the region's education strategy with its four themes, the prioritised
 *   initiatives, "initiativ og realiseringsansvar" and the "Status august 2024" texts (seed 003).
 * - Region Sjælland: MVH's "Sammen om lægelig videreuddannelse 2023–2025" (seed 004), its six
 *   indsatsområder with the "Mål:" bullets as initiatives, statuses as of November 2025 so that
 *   25 of 29 goals are achieved (86 %, amber against "i grøn ved ≥ 90 %"), computed indicators on
 *   the goals they measure, one manual indicator and monthly snapshots from June 2025.
 * How the states were judged from the texts: docs/decisions/0010-strategy-attainment.md.
 */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface IndicatorSpec {
  title: string;
  key?: ComputedIndicatorKey;
  valueType: 'PERCENT' | 'COUNT' | 'NUMBER' | 'BOOLEAN';
  target: number | null;
  direction?: 'AT_LEAST' | 'AT_MOST';
  /** MANUAL values: [date, value]. */
  values?: [string, number][];
}
interface InitiativeSpec {
  title: string;
  description?: string;
  owner: string;
  deadline?: string;
  /** Whole scope: one state and text; per department: department key → [state, text]. */
  state?: InitiativeState;
  text?: string;
  perDepartment?: Record<string, [InitiativeState, string]>;
  indicators?: IndicatorSpec[];
}
interface ThemeSpec {
  title: string;
  description: string;
  initiatives: InitiativeSpec[];
}
interface StrategySpec {
  unit: string | null;
  title: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  green: number;
  amber: number;
  author: string;
  statusAsOf: string;
  periodLabel: string;
  themes: ThemeSpec[];
  /** Snapshots: [date, achieved] (total = number of initiatives). */
  snapshots?: [string, number][];
}

// --- Region Hovedstaden (seed 003) ---------------------------------------------------------------

const REGION_H: StrategySpec = {
  unit: null,
  title: 'Region Hovedstadens uddannelsesstrategi',
  description:
    'Regionens strategi for uddannelse og kompetenceudvikling med fire temaer og prioriterede indsatser. Status på indsatserne august 2024.',
  periodStart: '2023-01-01',
  periodEnd: '2026-12-31',
  green: 90,
  amber: 75,
  author: 'thomas.krogh@regionh.dk',
  statusAsOf: '2024-08-31',
  periodLabel: 'august 2024',
  themes: [
    {
      title: 'En fælles prioritet i det daglige arbejde',
      description: '',
      initiatives: [
        {
          title: 'Sammenhængende data om uddannelse',
          description:
            'Undersøge mulighederne for at etablere infrastruktur for uddannelsesdata i regionen som grundlag for at følge aktiviteter, resultater og kvalitet og som afsæt for udvikling og prioritering.',
          owner: 'CHRU (tovholder)',
          state: 'NOT_STARTED',
          text: 'Afdækning af behov og muligheder opstartes efterår/vinter 2024 mhp. involvering af relevante koncerncentre, hospitaler og virksomheder.',
        },
        {
          title: 'Styrket ledelsesudvikling',
          description:
            'Lederne skal klædes på til at prioritere ledelsesopgaven, herunder arbejdet med at få overført og aktiveret erhvervede kompetencer til det daglige arbejde.',
          owner: 'CHRU',
          state: 'ACHIEVED',
          text: 'Uddannelsesopgaven er inkorporeret i regionens lederudviklingsprogram. Der afholdes webinar om ledernes ansvar den 7. oktober 2024, og uddannelsesopgaven indgår i årets lederkonference.',
        },
        {
          title: 'Bedre kompetenceudvikling ved ny teknologi',
          description:
            'Uddannelse og kompetenceudvikling skal tænkes ind fra starten, når regionen investerer i større sundhedsteknologiske systemer og medicinsk udstyr.',
          owner: 'CHRU (tovholder) og CØK',
          state: 'ACHIEVED',
          text: 'Fra efteråret 2023 indgår kompetenceudvikling af medarbejdere i alle nye kontrakter om indkøb af ny teknologi. Uddannelse sker enten lokalt på hospitaler/afdelinger eller tværgående i CAMES.',
        },
        {
          title: 'Øget statslig medfinansiering',
          description:
            'Arbejde for at få øget den statslige medfinansiering af den kliniske del af uddannelsesopgaven.',
          owner: 'Påvirke nationale beslutningstagere via relevante kanaler',
          state: 'PARTLY',
          text: 'Løbende indsats – politisk og administrativt, fx ifm. økonomiforhandlinger med regeringen og i indspil til Danske Regioners positionspapirer vedr. uddannelsesreformer, strukturreformudspil mv.',
        },
      ],
    },
    {
      title: 'Det bedste sted at tage sin grunduddannelse',
      description: '',
      initiatives: [
        {
          title: 'Fokus på kvalitet i vejledningen',
          description:
            'Styrke kvalitet i grunduddannelserne ved at bruge studerende og elevers evalueringer aktivt, uddanne tilstrækkeligt mange vejledere samt sikre løbende kompetenceudvikling af de allerede uddannede vejledere.',
          owner: 'Hospitaler og virksomheder i samarbejde med CHRU',
          state: 'PARTLY',
          text: 'Politiske midler (2 mio. kr.) afsat til at uddanne flere kliniske vejledere i 2023, 2024 og 2025. I 2023 blev der fra denne pulje uddannet 99 nye kliniske vejledere med diplom modul.\n\nI 2023-24 er der afsat 0,5 mio. kr. årligt til at efteruddanne allerede uddannede vejledere. I 2023 gennemførte 17 kliniske vejledere diplommodulet Forandrings- og Læreprocesser tilrettelagt for erfarne kliniske vejledere på Københavns Professionshøjskole. Tilsvarende forventes i 2024. Derudover har ca. 100 kliniske vejledere deltaget i kurset ‘Træning af studerende og elevers kliniske færdigheder og kompetencer’ på Enhed for Klinisk Træning.\n\nKvaliteten af vejledningen på alle professionsbacheloruddannelser og social- og sundhedsassistentuddannelsen følges systematisk i fælles evaluering med Københavns Professionshøjskole, SOSU-H og kommunerne. https://www.kp.dk/strategisk-partnerskab-om-uddannelse/\n\nBehov for mere systematisk blik på grunduddannelsen af læger.',
        },
        {
          title: 'Digitalt overblik over grunduddannelse',
          description:
            'Undersøge mulighederne for en digital løsning, som gør det muligt at følge aktivitet, kvalitet og erhvervede kompetencer i grunduddannelserne – og samtidig understøtter den enkeltes læringsforløb. Kræver samarbejde med relevante samarbejdspartnere, herunder uddannelsesinstitutioner og kommuner.',
          owner: 'CHRU med involvering af hospitaler og virksomheder',
          state: 'NOT_STARTED',
          text: 'Ønsket om et digitalt overblik over grunduddannelse inddrages i samarbejdet med kommuner og uddannelsesinstitutioner, når den forestående uddannelsesreform på professionsbacheloruddannelserne går i gang (2025-). Viden og erfaringer fra indsatser vedr. den Digitale Kompetencebog på det postgraduate uddannelsesområde i regionen inddrages i dette.',
        },
        {
          title: 'Flere parter med i opgaven',
          description:
            'Vi vil arbejde for at grunduddannelsesopgaven bringes ind i klyngesamarbejder med kommuner og praktiserende læger, som en vigtig fælles opgave og ansvar, hvor man sammen bidrager til høj kvalitet og sammenhæng i uddannelsesopgaven.',
          owner: 'Politikere og CHRU',
          state: 'PARTLY',
          text: 'Det er et vigtigt opmærksomhedspunkt at få tydeliggjort grunduddannelsesopgavens omfang og betydningen af den i arbejdet med ny struktur for et sammenhængende sundhedsvæsen.',
        },
        {
          title: 'En plan for flere elev- og lærlingeansættelser',
          description:
            'Vi vil vurdere potentialerne for at øge antallet af elev- og lærlingeansættelser på regionens hospitaler og andre arbejdspladser – og lave en plan for, hvordan det kan ske i praksis.',
          owner: 'CHRU med involvering af hospitaler og virksomheder',
          state: 'PARTLY',
          text: 'CHRU har medio 2024 igangsat projektet OplæringsKlar, en samlet uddannelsesstrategisk indsats på erhvervsuddannelsesområdet, der bl.a. indebærer udviklingen af konkrete materialer og redskaber til Region Hovedstadens oplæringssteder på hospitaler, i virksomheder og koncerncentre. Formålet er at styrke og understøtte, at Regionen som arbejdsgiver og uddannelsessted løfter erhvervsuddannelsesopgaven og sikrer så mange attraktive lærepladser som muligt - med fokus på høj trivsel og kvalitet i ansættelsesforløb for lærlinge.',
        },
      ],
    },
    {
      title: 'Systematisk kompetenceudvikling i hele arbejdslivet',
      description: '',
      initiatives: [
        {
          title: 'En digital uddannelsesbog',
          description:
            'Vi vil undersøge mulighederne for at udvikle og implementere en digital uddannelsesbog. Den skal gøre det muligt for medarbejderne at samle data om deres kompetencer og færdigheder. Samtidig vil den gøre det lettere at drive og styre en kompetencebaseret uddannelsesindsats.',
          owner: 'CHRU (tovholder) med involvering af relevante koncerncentre og alle hospitaler og virksomheder',
          state: 'PARTLY',
          text: 'Tværgående regionalt analysearbejde er gennemført i 1. halvdel af 2024. Arbejdet er mundet ud i en række anbefalinger. Strategisk Forum for Uddannelse og HR har på den baggrund besluttet, at der skal arbejdes videre med projektet.\n\nIndsats omdøbt til ”digital kompetencebog”, da der er fokus på kompetencer efter endt grunduddannelse.',
        },
        {
          title: 'God introduktion for alle faggrupper',
          description:
            'Vi vil udvide de nationalt vedtagne principper for introduktionsprogrammer for sygeplejersker, så de gælder og bliver gennemført for alle faggrupper i regionen.',
          owner: 'Hospitaler og virksomheder',
          state: 'PARTLY',
          text: 'Alle hospitaler arbejder med god introduktion af nyansatte. Regionen har gennemført udbud af nyt rekrutterings- og onboardingsystem, som bl.a. giver bedre mulighed for at tilrettelægge gode onboardingprocesser for den enkelte medarbejder.',
        },
        {
          title: 'Fokus på karriereveje',
          description:
            'Vi vil fremme arbejdet med karriereveje ved at tydeliggøre de eksisterende kompetenceudviklings- og uddannelsestilbud, der understøtter disse karriereveje.',
          owner: 'Hospitaler og virksomheder i samarbejde med CHRU',
          state: 'NOT_STARTED',
          text: 'Tværgående regional proces med tydeliggørelse af karriereveje igangsættes efterår 2024.',
        },
        {
          title: 'Flere til at løfte uddannelsesopgaven',
          description:
            'Vi vil uddanne tilstrækkeligt med vejledere og andre uddannelsesansvarlige til at varetage opgaverne med efter- og videreuddannelse. Samtidig vil vi sikre løbende kompetenceudvikling af de allerede uddannede.',
          owner: 'Hospitaler og virksomheder i samarbejde med CHRU',
          state: 'PARTLY',
          text: 'Der tilbydes en række uddannelser for vejledere og uddannelsesansvarlige, samt opkvalificeringskurser i emner som fx ”Den svære samtale” og ”Sundhedspædagogik”.\n\nDer pågår forskning om vilkår for læring for læger i hoveduddannelse til almen medicin på hospitalsophold. Forskningen er basis for et kommende kursus for vejledere og uddannelsesansvarlige overlæger.',
        },
      ],
    },
    {
      title: 'På vej mod fremtidens læringsformer',
      description: '',
      initiatives: [
        {
          title: 'Fokus på evidens og evaluering',
          description:
            'Uddannelsesforskning og systematisk arbejde med evalueringsdata skal give mere sikker viden om, hvilke uddannelsesformer og læringsmiljøer der har den bedste effekt for studerende, medarbejdere og patienter.',
          owner: 'Lokalt på regionens hospitaler og på tværs',
          state: 'PARTLY',
          text: 'Kvaliteten af vejledningen på alle professionsbacheloruddannelser og social- og sundhedsassistentuddannelsen følges systematisk (se også under 2. Det bedste sted at tage sin grunduddannelse).\n\nDer forskes aktuelt i kvalitetssikring af tarmundersøgelser i samarbejde med flere hospitaler og i brug af kunstig intelligens ifm. fosterscanninger i samarbejde med regionens fødesteder med henblik på at tilrettelægge uddannelsesindsats af høj kvalitet.',
        },
        {
          title: 'Gode læringsmiljøer i hverdagen',
          description:
            'Studerende og medarbejdere skal have gode muligheder for systematisk at træne udvalgte færdigheder og kompetencer i hverdagssituationer på de enkelte arbejdspladser.',
          owner: 'Lokalt på regionens hospitaler og på tværs',
          state: 'PARTLY',
          text: 'Forskningsprojekt om medicinstuderendes læring under praktikophold på hospitaler i psykiatrien og i somatikken, herunder udvikling af kompetencekort til brug i hverdagen.\n\nDer arbejdes med Kompetencekort på en række grund- og efteruddannelser, herunder ifm. ansættelse af internationale sygeplejersker, ligesom der er udviklet et digitalt refleksionsredskab til understøttelse af uddannelsen af social- og sundhedsassistenter. Link: REFLEX',
        },
        {
          title: 'Målrettet brug af simulation',
          description:
            'Obligatorisk simulationsbaseret træning indføres på områder, hvor det er nødvendigt, og/eller hvor der er evidens for, at det er en effektiv måde at opnå de ønskede faglige kompetencer på.',
          owner: 'Hospitaler og virksomheder i samarbejde med CHRU',
          state: 'PARTLY',
          text: 'Hospitalerne etablerer lokale simulationstræningsmuligheder, tilsvarende ifm. Uddannelseshospitalet på Nordsjællands Hospital og Amager og Hvidovre Hospital.\n\nI Enhed for Klinisk Træning træner alle sygeplejestuderende på forskellige semestre forskellige basale kliniske færdigheder. Operation af hoftefraktur vha. virtual reality er blevet obligatorisk for kommende ortopædkirurger. Det forventes at forbedre kvaliteten og reducere antallet af re-operationer og komplikationer.',
        },
        {
          title: 'Nye digitale og blandede læringstilbud',
          description:
            'Medarbejderne skal kunne deltage i digital uddannelse og vi vil etablere læringsforløb med en blanding af teoretisk forberedelse og e-læring.',
          owner: 'Hospitaler og virksomheder i samarbejde med CHRU',
          state: 'PARTLY',
          text: 'En stadig større del af regionens kompetenceudvikling afvikles dels digitalt (fx e-læring, webinar, film og podcast), som hybridundervisning (med mulighed for at deltage online i fremmødeundervisning) og generelt som Blended Learning med varierende metoder.',
        },
        {
          title: 'Certificering i komplekse kliniske procedurer',
          description:
            'Medarbejdere skal have mulighed for at træne og blive certificeret i komplekse kliniske procedurer – uden at skulle øve sig på virkelige patienter.',
          owner: 'CHRU i samarbejde med hospitaler og virksomheder',
          state: 'ACHIEVED',
          text: 'Al simulationstræning af komplekse procedurer på CAMES afsluttes med en evidensbaseret test. Ved bestået test, udstedes certifikater, hvor det er et krav, fx før øjenkirurger må operere patienter med grå stær.',
        },
      ],
    },
  ],
};

// --- MVH (seed 004) --------------------------------------------------------------------------------

const ACH = 'Opnået (status november 2025).';
const RAADET = 'Uddannelsesrådet';
const allDepartments = (state: InitiativeState, text: string): Record<string, [InitiativeState, string]> =>
  Object.fromEntries(['mvh-med', 'mvh-kir', 'mvh-orto', 'mvh-paed', 'mvh-akut'].map((k) => [k, [state, text]]));

const MVH: StrategySpec = {
  unit: 'mvh',
  title: 'Sammen om lægelig videreuddannelse 2023–2025',
  description:
    'Uddannelsesstrategien er udarbejdet af og implementeret i somatikken på MVH. Mission: Uddannelse og patientbehandling er samme sag. Vision: Vi er et uddannelseshospital. Vi har opnået mål, revideret Uddannelsesstrategien og sat ambitionerne op. Vi er ’i grøn’, når vi har opnået minimum 90% af vores indsatser (status november 2025 i somatikken = 86%).',
  // The seed names 2023-2025, but the revised strategy has goals "inden marts 2026" and "inden
  // august 2026": the period runs to the last of them (ADR 0010).
  periodStart: '2023-01-01',
  periodEnd: '2026-08-31',
  green: 90,
  amber: 75,
  author: 'camilla.jeppesen@regionsjaelland.dk',
  statusAsOf: '2025-11-30',
  periodLabel: 'november 2025',
  themes: [
    {
      title: 'Uddannelsesledelse',
      description:
        'Vi har etableret en formaliseret struktur for lægelig videreuddannelse på MVH ved at:\n• Etablere et uddannelsesråd, der i en toårig periode sikrede implementering af Uddannelsesstrategien\n• Etablere uddannelsesteams på afdelingsniveau med en fast månedlig mødestruktur\n• Etablere uddannelsesforum for vejledere på afdelingsniveau med en fast månedlig mødestruktur',
      initiatives: [
        {
          title:
            '’Uddannelsesråd for lægelig videreuddannelse’ er etableret og der er udarbejdet et kommissorium for Uddannelsesrådet',
          owner: 'Hospitalsledelsen',
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title: 'Afdelingerne har etableret fungerende uddannelsesteams',
          description:
            'Uddannelsesteamet består af en repræsentant fra afdelingsledelsen, uddannelsesgivere samt uddannelseslæger og kan fx være en cheflæge, en UAO og en UKYL.',
          owner: 'Cheflæge og UAO i afdelingen',
          perDepartment: allDepartments('ACHIEVED', 'Uddannelsesteamet er etableret og mødes månedligt.'),
          indicators: [
            {
              title: 'Afdelinger med fungerende uddannelsesteam og -forum (mødt inden for kadencen)',
              key: 'WORKING_EDUCATION_BODIES',
              valueType: 'PERCENT',
              target: 100,
            },
          ],
        },
        {
          title:
            'Uddannelsesforum til drøftelse af vejlederkompetencer, uddannelse og uddannelseslæger er etableret på afdelingsniveau',
          owner: 'Cheflæge og UAO i afdelingen',
          state: 'ACHIEVED',
          text: ACH,
        },
      ],
    },
    {
      title: 'Roller og ansvar',
      description:
        'Vi har sikret bæredygtig uddannelse gennem en klar og transparent ansvars- og opgavefordeling mellem ledere, uddannelsesgivere og uddannelseslæger ved at:\n• Implementere regional ’Funktionsbeskrivelse for UAO’\n• Formalisere rammerne for UKS, UKYL og AP-UKYL, herunder rammer for overlevering fra afgående til ny UKS/UKYL\n• Etablere en mentorordning for nye UAO, UKS og UKYL\n• Holde vedvarende fokus på forebyggelse, tidlig opsporing og håndtering af uhensigtsmæssige uddannelsesforløb',
      initiatives: [
        {
          title:
            'På alle afdelinger har cheflæge og UAO udfyldt ’Særlige lokalt aftalte funktioner og ansvarsområder’ i ’Funktionsbeskrivelsen for UAO’',
          owner: 'Cheflæge og UAO',
          state: 'ACHIEVED',
          text: ACH,
          indicators: [
            {
              title: 'Afdelinger × roller med godkendt lokal funktionsbeskrivelse',
              key: 'LOCAL_FD_APPROVED',
              valueType: 'PERCENT',
              target: 100,
            },
          ],
        },
        {
          title:
            'Generisk ’Funktionsbeskrivelse for UKYL’ og generisk ’Funktionsbeskrivelse for UKS’ er udarbejdet og godkendt',
          owner: RAADET,
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title:
            '’Funktionsbeskrivelse for UKYL’ og ’Funktionsbeskrivelse for UKS’ er udarbejdet med lokale aftaler, godkendt og implementeret på alle afdelinger',
          description:
            'Mentorordning: Den nye UAO/UKS/UKYL matches med en mere erfaren kollega i samme funktion. Fokus er på arbejdsstedets procedurer og kultur, faglig sparring og ikke mindst strategien for lægelig videreuddannelse.',
          owner: 'Cheflæge og UAO',
          state: 'ACHIEVED',
          text: ACH,
          indicators: [
            {
              title: 'Afdelinger × roller med godkendt lokal funktionsbeskrivelse',
              key: 'LOCAL_FD_APPROVED',
              valueType: 'PERCENT',
              target: 100,
            },
            {
              title: 'Nye UAO/UKS/UKYL med mentor (mentorordningen)',
              key: 'NEW_ROLE_HOLDERS_WITH_MENTOR',
              valueType: 'PERCENT',
              target: 100,
            },
          ],
        },
        {
          title: 'Der er udarbejdet og godkendt en ’Funktionsbeskrivelse for AP-UKYL’',
          owner: RAADET,
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title:
            'I uddannelsesforum er forebyggelse, tidlig opsporing og håndtering af uhensigtsmæssige uddannelsesforløb et fast punkt på dagsordenen',
          owner: 'Uddannelsesforum i afdelingen',
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title:
            'UAO/cheflæge har kendskab til processer samt ressourcepersoner til støtte for potentielt uhensigtsmæssige forløb',
          owner: 'UAO og cheflæge',
          state: 'ACHIEVED',
          text: ACH,
        },
      ],
    },
    {
      title: 'Uddannelsesstruktur i hverdagen',
      description:
        'Vi prioriterer uddannelse og læring i hverdagen gennem en arbejdstilrettelæggelse, der sikrer struktur på individniveau ved at:\n• Sikre en god introduktion\n• Forventningsafstemme\n• Sikre rammer for kontinuerlig progression og tilegnelse af formelle kompetencer\n• Sikre opgaver svarende til uddannelseslægens kompetenceniveau (fælles ansvar)\n• Sikre kompetenceudvikling i vejlederkorpset',
      initiatives: [
        {
          title: 'Introduktionen er tilpasset de konkrete uddannelsesforløb og individuelle kompetencer',
          owner: 'Afdelingerne',
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title:
            'Der er afholdt en forventningsafstemning mellem hovedvejleder og uddannelseslæge i forbindelse med møde om uddannelsesplanen',
          description:
            'Forventningsafstemning afholdes for KBU-læger senest 2 uger efter opstart og for andre uddannelseslæger senest 4 uger efter opstart.',
          owner: 'Hovedvejleder',
          perDepartment: {
            ...allDepartments('ACHIEVED', 'Forventningsafstemning afholdes inden for fristen.'),
            'mvh-akut': [
              'PARTLY',
              'Forventningsafstemningen holdes, men ikke altid senest 2 uger (KBU) / 4 uger efter opstart.',
            ],
          },
          indicators: [
            {
              title: 'Forventningssamtaler holdt inden fristen',
              key: 'MEETINGS_ON_TIME',
              valueType: 'PERCENT',
              target: 90,
            },
            {
              title: 'Uddannelseslæger med uddannelsesplan',
              key: 'TRAINEES_WITH_EDUCATION_PLAN',
              valueType: 'PERCENT',
              target: 100,
            },
          ],
        },
        {
          title:
            'Supervision og feedback er en integreret del af patientbehandlingen med afsæt i uddannelsesplan og kompetencekort',
          owner: 'Vejledere og UAO',
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title:
            'I vagtplanen er der taget højde for uddannelseslægens kompetenceniveau og konferencekæden er transparent; uddannelseslægen ved, hvor der kan hentes hjælp',
          owner: 'Afdelingsledelserne',
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title: 'Der etableres lokale kurser for vejlederkorpset',
          owner: 'Uddannelsessekretariatet',
          state: 'ACHIEVED',
          text: ACH,
          indicators: [
            { title: 'Vejledere uddannet i perioden', key: 'SUPERVISORS_TRAINED', valueType: 'COUNT', target: null },
          ],
        },
      ],
    },
    {
      title: 'Pædagogiske metoder',
      description:
        'Vi har sammen skabt et fælles sprog og understøtter derved en fælles kultur for lægelig videreuddannelse på MVH, der bygger bro mellem afdelingerne ved at:\n• Skabe og anvende en fælles forståelse af begrebet SUPERVISION\n• Skabe og anvende en fælles forståelse af begrebet FEEDBACK\n• Skabe og anvende en fælles forståelse af begrebet TRIVSEL OG TRYGHED\n• Sikre en fortsat udbredelse og systematisering af simulation- og færdighedstræning på tværs af afdelinger og professioner',
      initiatives: [
        {
          title: '’SUPERVISION på MVH’ er implementeret på alle afdelinger',
          owner: RAADET,
          perDepartment: allDepartments('ACHIEVED', '’SUPERVISION på MVH’ er implementeret i afdelingen.'),
        },
        {
          title: '’FEEDBACK på MVH’ er implementeret på alle afdelinger',
          owner: RAADET,
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title: '’TRIVSEL OG TRYGHED på MVH’ er implementeret på alle afdelinger inden marts 2026',
          owner: RAADET,
          deadline: '2026-03-31',
          state: 'PARTLY',
          text: 'Mål ikke opnået endnu. Implementeringen pågår med frist marts 2026.',
        },
        {
          title: 'Der er altid mindst 10 uddannede lægefaglige facilitatorer forankret i et netværk inden august 2026',
          owner: 'Uddannelsessekretariatet',
          deadline: '2026-08-31',
          state: 'PARTLY',
          text: 'Mål ikke opnået endnu. Flere facilitatorer uddannes og forankres i netværket frem mod august 2026.',
          indicators: [
            {
              title: 'Uddannede facilitatorer i netværket',
              key: 'TRAINED_FACILITATORS',
              valueType: 'COUNT',
              target: 10,
            },
          ],
        },
      ],
    },
    {
      title: 'Trivsel og tryghed',
      description:
        'Vi animerer til en kultur præget af gensidig respekt, videndeling og anerkendelse, fordi det bidrager til et godt uddannelses- og arbejdsmiljø ved at:\n• Prioritere sociale relationer i afdelingen og på tværs af hospitalet\n• Videndele og hjælpe hinanden\n• Benytte os af anerkendende kommunikation\n• Skabe åbenhed og tryghed i drøftelsen egne fejl på alle kompetenceniveauer\n• Anvende defusing som redskab til at skabe større tryghed i vagtarbejdet',
      initiatives: [
        {
          title: 'Én fælles introdag for alle KBU-læger på tværs af afdelinger',
          owner: 'Uddannelsessekretariatet',
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title: 'Årlige staffmeetings med fokus på uddannelseslæger og relationer på tværs',
          owner: RAADET,
          state: 'ACHIEVED',
          text: ACH,
        },
        { title: 'Regelmæssige trivselsmøder i afdelingerne', owner: 'Afdelingerne', state: 'ACHIEVED', text: ACH },
        {
          title: 'Tavle i hver afdeling til uddannelseslæger til videndeling og dialog med uddannelsesteamet',
          owner: 'Uddannelsesteamet i afdelingen',
          state: 'ACHIEVED',
          text: ACH,
        },
        { title: 'Årlige temadage, der styrker trivsel og tryghed', owner: RAADET, state: 'ACHIEVED', text: ACH },
        {
          title: 'Fokus på at styrke en åben kultur omkring utilsigtede hændelser',
          owner: 'Afdelingsledelserne',
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title: 'Defusing anvendes systematisk efter hver vagt',
          description:
            'Defusing er en struktureret samtale, hvor det sikres, at uddannelseslægen ikke forlader arbejdspladsen med uafklarede oplevelser.',
          owner: 'Bagvagten i afdelingen',
          state: 'PARTLY',
          text: 'Defusing anvendes på flere afdelinger, men endnu ikke systematisk efter hver vagt.',
        },
      ],
    },
    {
      title: 'Implementering af strategien',
      description:
        'Vi har sikret implementering af strategien ’Sammen om lægelig videreuddannelse’ på tre niveauer; hospital, afdeling og individ ved at:\n• Præsentere en plan for implementering for de nævnte niveauer\n• Sikre en kontinuerlig dialog vedrørende indsatserne\n• Monitorere implementering af indsatserne i strategien hos uddannelseslæger, vejledere, UAO/UKS og cheflæger\n• Evaluere og justere på de respektive indsatser, hvor strategien fungerer som et dynamisk værktøj i forbindelse med implementeringen',
      initiatives: [
        {
          title: 'Uddannelsesrådet har været ansvarlige for at drive implementeringen',
          owner: RAADET,
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title:
            'Udvalgte indsatser fra strategien udgør et fast punkt på dagsordenen til Netværksmøder for UAO/UKS/UKYL',
          owner: 'Netværket for UAO, UKS og UKYL',
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title:
            'Der er udarbejdet en spørgeskemaundersøgelse, som har til formål at afdække kendskab til og effekt af Uddannelsesstrategien',
          owner: RAADET,
          state: 'ACHIEVED',
          text: ACH,
        },
        {
          title: 'Spørgeskemaundersøgelsen er gennemført juli 2024 og herefter halvårligt',
          owner: 'Uddannelsessekretariatet',
          state: 'ACHIEVED',
          text: 'Gennemført juli 2024, januar 2025 og juli 2025.',
          indicators: [
            {
              title: 'Spørgeskemaundersøgelse gennemført',
              valueType: 'BOOLEAN',
              target: 1,
              values: [
                ['2024-07-31', 1],
                ['2025-01-31', 1],
                ['2025-07-31', 1],
              ],
            },
          ],
        },
      ],
    },
  ],
  // Monthly from June 2025, rising towards 25 of 29 (86 %) in November.
  snapshots: [
    ['2025-06-01', 21],
    ['2025-07-01', 22],
    ['2025-08-01', 23],
    ['2025-09-01', 23],
    ['2025-10-01', 24],
    ['2025-11-01', 25],
  ],
};

const STRATEGIES: Record<string, StrategySpec[]> = {
  'region-hovedstaden': [REGION_H],
  'region-sjaelland': [MVH],
};

async function seedStrategy(tx: Tx, ctx: SeedContext, spec: StrategySpec) {
  const tenantId = ctx.tenantId;
  const unitId = spec.unit ? ctx.unitIds.get(spec.unit)! : null;
  const authorId = ctx.userIds.get(spec.author) ?? null;
  const s = await tx.strategy.create({
    data: {
      tenantId,
      unitId,
      title: spec.title,
      description: spec.description,
      periodStart: day(spec.periodStart),
      periodEnd: day(spec.periodEnd),
      greenThreshold: spec.green,
      amberThreshold: spec.amber,
    },
    select: { id: true },
  });
  let total = 0;
  for (const [ti, theme] of spec.themes.entries()) {
    const th = await tx.strategyTheme.create({
      data: { tenantId, strategyId: s.id, title: theme.title, description: theme.description, sortOrder: ti },
      select: { id: true },
    });
    for (const [ii, ini] of theme.initiatives.entries()) {
      total++;
      const i = await tx.strategyInitiative.create({
        data: {
          tenantId,
          strategyId: s.id,
          themeId: th.id,
          title: ini.title,
          description: ini.description ?? '',
          ownerText: ini.owner,
          deadline: ini.deadline ? day(ini.deadline) : null,
          appliesPer: ini.perDepartment ? 'DEPARTMENT' : 'STRATEGY',
          stateSource: 'STATUS',
          sortOrder: ii,
        },
        select: { id: true },
      });
      const statuses = ini.perDepartment
        ? Object.entries(ini.perDepartment).map(([dept, [state, text]]) => ({
            departmentId: ctx.unitIds.get(dept)!,
            state,
            text,
          }))
        : [{ departmentId: null, state: ini.state!, text: ini.text ?? '' }];
      await tx.initiativeStatusUpdate.createMany({
        data: statuses.map((st) => ({
          tenantId,
          initiativeId: i.id,
          departmentId: st.departmentId,
          asOf: day(spec.statusAsOf),
          periodLabel: spec.periodLabel,
          state: st.state,
          text: st.text,
          authorId,
        })),
      });
      for (const [ki, ind] of (ini.indicators ?? []).entries()) {
        const row = await tx.strategyIndicator.create({
          data: {
            tenantId,
            initiativeId: i.id,
            title: ind.title,
            kind: ind.key ? 'COMPUTED' : 'MANUAL',
            computedKey: ind.key ?? null,
            valueType: ind.valueType,
            target: ind.target,
            direction: ind.direction ?? 'AT_LEAST',
            sortOrder: ki,
          },
          select: { id: true },
        });
        if (ind.values?.length) {
          await tx.indicatorValue.createMany({
            data: ind.values.map(([d, v]) => ({
              tenantId,
              indicatorId: row.id,
              measuredOn: day(d),
              value: v,
              authorId,
            })),
          });
        }
      }
    }
  }
  if (spec.snapshots?.length) {
    await tx.strategySnapshot.createMany({
      data: spec.snapshots.map(([d, achieved]) => ({
        tenantId,
        strategyId: s.id,
        takenAt: new Date(`${d}T06:00:00Z`),
        trigger: 'SCHEDULE',
        achieved,
        total,
        data: { asOf: d, themes: [], departments: [] },
      })),
    });
  }
}

/** The seed strategies of the tenant (none for a tenant without one). */
export async function seedStrategies(tx: Tx, ctx: SeedContext): Promise<void> {
  for (const spec of STRATEGIES[ctx.spec.slug] ?? []) await seedStrategy(tx, ctx, spec);
}
