--TEST--
soundex and metaphone
--FILE--
<?php
foreach (["Robert", "Rupert", "Rubin", "Ashcraft", "Tymczak", "Pfister", "Lloyd", "", "123", "Euler", "Gauss", "Hilbert", "Knuth", "Thompson"] as $w) {
    echo $w, ": ", soundex($w), " ", metaphone($w), "\n";
}
foreach (["Thumb", "knight", "Wright", "Xavier", "science", "Schwarz", "school", "character", "judge", "Ghost", "laugh", "phone", "which", "nation", "gnome", "aero", "dumb", "ciao", "Tchaikovsky", "wheat", "hello world"] as $w) {
    echo $w, ": ", metaphone($w), " ", metaphone($w, 2), "\n";
}
--EXPECT--
Robert: R163 RBRT
Rupert: R163 RPRT
Rubin: R150 RBN
Ashcraft: A226 AXKRFT
Tymczak: T522 TMKSK
Pfister: P236 PFSTR
Lloyd: L300 LT
: 0000 
123: 0000 
Euler: E460 ELR
Gauss: G200 KS
Hilbert: H416 HLBRT
Knuth: K530 N0
Thompson: T512 0MPSN
Thumb: 0M 0M
knight: NFT NF
Wright: RFT RF
Xavier: SFR SF
science: SNS SN
Schwarz: SXWRS SX
school: SXL SX
character: XRKTR XR
judge: JJ JJ
Ghost: FST FS
laugh: LF LF
phone: FN FN
which: WX WX
nation: NXN NX
gnome: NM NM
aero: ER ER
dumb: TM TM
ciao: X X
Tchaikovsky: XKFSK XK
wheat: WT WT
hello world: HLWRLT HL
